' A3 (Virtual Server): IVMAccountant.AllowableReservedSystemCapacity.
' For every virtual machine: its name, then acct.AllowableReservedSystemCapacity, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.AllowableReservedSystemCapacity
    Wscript.Echo ""
Next
