' A13 (Virtual Server): IVMAccountant.UpTime, spelled Uptime as in the documentation.
' For every virtual machine: its name, then acct.Uptime, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.Uptime
    Wscript.Echo ""
Next
