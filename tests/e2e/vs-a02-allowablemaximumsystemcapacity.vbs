' A2 (Virtual Server): IVMAccountant.AllowableMaximumSystemCapacity.
' For every virtual machine: its name, then acct.AllowableMaximumSystemCapacity, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.AllowableMaximumSystemCapacity
    Wscript.Echo ""
Next
