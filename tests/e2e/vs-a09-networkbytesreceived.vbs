' A9 (Virtual Server): IVMAccountant.NetworkBytesReceived (a Decimal).
' For every virtual machine: its name, then acct.NetworkBytesReceived, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.NetworkBytesReceived
    Wscript.Echo ""
Next
