' A4 (Virtual Server): IVMAccountant.CPUUtilization.
' For every virtual machine: its name, then acct.CPUUtilization, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.CPUUtilization
    Wscript.Echo ""
Next
