' A8 (Virtual Server): IVMAccountant.MaximumSystemCapacity.
' For every virtual machine: its name, then acct.MaximumSystemCapacity, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.MaximumSystemCapacity
    Wscript.Echo ""
Next
