' A13 ported to Windows Virtual PC: IVMAccountant.UpTime, spelled Uptime as in the Virtual Server documentation.
' For every virtual machine: its name, then acct.Uptime, then a blank line.
Set objVS = CreateObject("VirtualPC.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.Uptime
    Wscript.Echo ""
Next
