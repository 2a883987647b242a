' A15 (Virtual Server): IVMVirtualServer.AvailableSystemCapacity, the share
' of the host (a Double, in percent) that running VMs have not reserved.
Set objVS = CreateObject("VirtualServer.Application")

Wscript.Echo objVS.Name
Wscript.Echo objVS.AvailableSystemCapacity
