' A10 (Virtual Server): IVMAccountant.NetworkBytesSent (a Decimal).
' For every virtual machine: its name, then acct.NetworkBytesSent, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.NetworkBytesSent
    Wscript.Echo ""
Next
