' Ours: a network inventory as an admin writes one against Virtual
' Server's object model (IVMVirtualServer::VirtualNetworks, IVMVirtualNetwork,
' IVMDHCPVirtualNetworkServer, the networks' NetworkAdapters and
' UnconnectedNetworkAdapters), run against the inventory lab.
Set objVS = CreateObject("VirtualServer.Application")

Set colNetworks = objVS.VirtualNetworks
Wscript.Echo "Virtual networks: " & colNetworks.Count
For Each objNetwork In colNetworks
  Wscript.Echo objNetwork.Name & " (host adapter: [" & objNetwork.HostAdapter & "])"
  Set objDHCP = objNetwork.DHCPVirtualNetworkServer
  If objDHCP.IsEnabled Then
    Wscript.Echo "    DHCP: " & objDHCP.StartingIPAddress & " - " & objDHCP.EndingIPAddress & _
                 " on " & objDHCP.Network & "/" & objDHCP.NetworkMask & ", server " & _
                 objDHCP.ServerIPAddress & ", gateway " & objDHCP.DefaultGatewayAddress & _
                 ", DNS " & objDHCP.DNSServers
  Else
    Wscript.Echo "    DHCP: off (network " & objDHCP.Network & "/" & objDHCP.NetworkMask & _
                 ", DNS " & objDHCP.DNSServers & ")"
  End If
  Wscript.Echo "    Adapters: " & objNetwork.NetworkAdapters.Count
  For Each objNIC In objNetwork.NetworkAdapters
    Wscript.Echo "        " & objNIC.VirtualMachine.Name & " " & objNIC.EthernetAddress & _
                 " on " & objNIC.VirtualNetwork.Name
  Next
Next
Set colUnconnected = objVS.UnconnectedNetworkAdapters
Wscript.Echo "Unconnected adapters: " & colUnconnected.Count
For Each objNIC In colUnconnected
  Wscript.Echo "    " & objNIC.VirtualMachine.Name & " " & objNIC.EthernetAddress & _
               ", network is Nothing: " & (objNIC.VirtualNetwork Is Nothing)
Next
Wscript.Echo "Second: " & colNetworks.Item(2).Name
Wscript.Echo "Found: " & objVS.FindVirtualNetwork("Lab").Name
Wscript.Echo "Unknown is Nothing: " & (objVS.FindVirtualNetwork("none") Is Nothing)
Wscript.Echo "Received by a network no running VM is on: " & colNetworks.Item(1).BytesReceived
