' Ours: the networks of Windows Virtual PC's object model
' (IVMVirtualPC::VirtualNetworks, IVMVirtualNetwork, its NetworkAdapters,
' UnconnectedNetworkAdapters) against the inventory
' lab, by index and with For Each.
Set objVPC = CreateObject("VirtualPC.Application")

Set colNetworks = objVPC.VirtualNetworks
Wscript.Echo "Virtual networks: " & colNetworks.Count
For i = 1 To colNetworks.Count
  Wscript.Echo i & ": " & colNetworks(i).Name
Next
For Each objNetwork In colNetworks
  Wscript.Echo objNetwork.Name & " [" & objNetwork.HostAdapter & "]"
  Set colNICs = objNetwork.NetworkAdapters
  For i = 1 To colNICs.Count
    Wscript.Echo "    " & i & ": " & colNICs(i).VirtualMachine.Name & " " & colNICs(i).EthernetAddress
  Next
Next
Set colUnconnected = objVPC.UnconnectedNetworkAdapters
Wscript.Echo "Unconnected adapters: " & colUnconnected.Count
For Each objNIC In colUnconnected
  Wscript.Echo "    " & objNIC.VirtualMachine.Name & " " & objNIC.EthernetAddress & _
               ", network is Nothing: " & (objNIC.VirtualNetwork Is Nothing)
Next
Wscript.Echo "Found: " & objVPC.FindVirtualNetwork("ISOLATED").Name
