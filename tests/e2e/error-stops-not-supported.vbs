' A member that has no meaning on libvirt stops the script with a message
' that names it (here: VHD creation through Windows Virtual PC).
Set objVPC = CreateObject("VirtualPC.Application")
Wscript.Echo objVPC.Name
Set task = objVPC.CreateDynamicVirtualHardDisk("C:\Virtual Machines\NEW01.vhd", 16384)
Wscript.Echo "not reached"
