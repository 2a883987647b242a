' A14 ported to Windows Virtual PC: IVMVirtualMachine.Accountant without the
' Virtual Server scheduling members.  Finds one virtual machine by name and
' prints its accountant's properties (all but the CPU utilization history).
Set objVS = CreateObject("VirtualPC.Application")
Set vm = objVS.FindVirtualMachine("Windows Server 2003")
Set acct = vm.Accountant

Wscript.Echo "VM Name: " & vm.Name
Wscript.Echo acct.CPUUtilization
Wscript.Echo acct.DiskBytesRead
Wscript.Echo acct.DiskBytesWritten
Wscript.Echo acct.NetworkBytesReceived
Wscript.Echo acct.NetworkBytesSent
Wscript.Echo acct.Uptime
