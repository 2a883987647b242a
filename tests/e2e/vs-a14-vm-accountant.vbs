' A14 (Virtual Server): IVMVirtualMachine.Accountant.  Finds one virtual
' machine by name and prints its accountant's properties (all but the CPU
' utilization history) in the documented order.
Set objVS = CreateObject("VirtualServer.Application")
Set vm = objVS.FindVirtualMachine("Windows Server 2003")
Set acct = vm.Accountant

Wscript.Echo "VM Name: " & vm.Name
Wscript.Echo acct.AllowableMaximumSystemCapacity
Wscript.Echo acct.AllowableReservedSystemCapacity
Wscript.Echo acct.CPUUtilization
Wscript.Echo acct.DiskBytesRead
Wscript.Echo acct.DiskBytesWritten
Wscript.Echo acct.MaximumSystemCapacity
Wscript.Echo acct.NetworkBytesReceived
Wscript.Echo acct.NetworkBytesSent
Wscript.Echo acct.RelativeWeight
Wscript.Echo acct.ReservedSystemCapacity
Wscript.Echo acct.Uptime
