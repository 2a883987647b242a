' A12 (Virtual Server): IVMAccountant.ReservedSystemCapacity.
' For every virtual machine: its name, then acct.ReservedSystemCapacity, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.ReservedSystemCapacity
    Wscript.Echo ""
Next
