' Ours: the networks of Windows Virtual PC's object model
' (IVMVirtualPC::VirtualNetworks, IVMVirtualNetwork) against the inventory
' lab, by index and with For Each.
Set objVPC = CreateObject("VirtualPC.Application")

Set colNetworks = objVPC.VirtualNetworks
Wscript.Echo "Virtual networks: " & colNetworks.Count
For i = 1 To colNetworks.Count
  Wscript.Echo i & ": " & colNetworks(i).Name
Next
For Each objNetwork In colNetworks
  Wscript.Echo objNetwork.Name & " [" & objNetwork.HostAdapter & "]"
Next
Wscript.Echo "Found: " & objVPC.FindVirtualNetwork("ISOLATED").Name
