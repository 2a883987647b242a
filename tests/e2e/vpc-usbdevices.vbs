' Ours: the host's USB devices through Windows Virtual PC's
' IVMVirtualPC::USBDeviceCollection, against the inventory lab.
Set objVPC = CreateObject("VirtualPC.Application")

Set colUSB = objVPC.USBDeviceCollection
Wscript.Echo "USB devices: " & colUSB.Count
For Each objUSB In colUSB
  Wscript.Echo objUSB.ManufacturerString & " " & objUSB.DeviceString & " (class " & _
               objUSB.DeviceClass & ", hub " & objUSB.HubID & ", port " & objUSB.Port & _
               "), attached to: " & objUSB.AttachedToVM
Next
Wscript.Echo "First: " & colUSB(1).DeviceString
Wscript.Echo "Second: " & colUSB(2).DeviceString
