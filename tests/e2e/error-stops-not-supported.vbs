' A member that has no meaning on libvirt stops the script with a message
' that names it (here: a floppy image created through Windows Virtual PC).
Set objVPC = CreateObject("VirtualPC.Application")
Wscript.Echo objVPC.Name
objVPC.CreateFloppyDiskImage "C:\Virtual Machines\NEW01.vfd", 2
Wscript.Echo "not reached"
