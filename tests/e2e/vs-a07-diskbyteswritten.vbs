' A7 (Virtual Server): IVMAccountant.DiskBytesWritten (a Decimal).
' For every virtual machine: its name, then acct.DiskBytesWritten, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.DiskBytesWritten
    Wscript.Echo ""
Next
