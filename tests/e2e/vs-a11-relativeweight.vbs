' A11 (Virtual Server): IVMAccountant.RelativeWeight.
' For every virtual machine: its name, then acct.RelativeWeight, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.RelativeWeight
    Wscript.Echo ""
Next
