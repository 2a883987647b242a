' A9 ported to Windows Virtual PC: IVMAccountant.NetworkBytesReceived (a Decimal).
' For every virtual machine: its name, then acct.NetworkBytesReceived, then a blank line.
Set objVS = CreateObject("VirtualPC.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.NetworkBytesReceived
    Wscript.Echo ""
Next
