' A4 ported to Windows Virtual PC: IVMAccountant.CPUUtilization.
' For every virtual machine: its name, then acct.CPUUtilization, then a blank line.
Set objVS = CreateObject("VirtualPC.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.CPUUtilization
    Wscript.Echo ""
Next
