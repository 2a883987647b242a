' A virtual network registered from a libvirt network XML file this script
' writes (in the prefix's temporary folder), its DHCP server configured,
' renamed, the networks listed, then unregistered; every refusal leaves
' the networks as they were.
Set objVS = CreateObject("VirtualServer.Application")
Set fso = CreateObject("Scripting.FileSystemObject")
folder = fso.GetSpecialFolder(2) & "\vpc-networks"
If Not fso.FolderExists(folder) Then fso.CreateFolder folder
Sub WriteFile(name, text)
    Set f = fso.CreateTextFile(folder & "\" & name, True)
    f.Write text
    f.Close
End Sub
WriteFile "lab.xml", "<network><name>Lab XML</name><bridge name='vpclab0'/>" & _
    "<ip address='10.20.0.1' netmask='255.255.255.0'><dhcp>" & _
    "<range start='10.20.0.100' end='10.20.0.199'/></dhcp></ip></network>"
WriteFile "Lab Copy.vnc", "<network><name>ignored</name></network>"
WriteFile "Virtual Server.vnc", "<?xml version='1.0'?><preferences><virtual_network/></preferences>"
WriteFile "Garbage.vnc", "not a network"
before = objVS.VirtualNetworks.Count

Sub ShowDHCP(label, net)
    Set d = net.DHCPVirtualNetworkServer
    WScript.Echo label & ": enabled " & d.IsEnabled & ", network " & d.Network & "/" & _
        d.NetworkMask & ", range " & d.StartingIPAddress & " - " & d.EndingIPAddress & _
        ", server " & d.ServerIPAddress
End Sub

Set net = objVS.RegisterVirtualNetwork("", folder & "\lab.xml")
WScript.Echo "Registered " & net.Name & ": networks " & (objVS.VirtualNetworks.Count - before) & _
    ", found: " & (Not objVS.FindVirtualNetwork("lab xml") Is Nothing)
ShowDHCP "  DHCP", net
Set copy = objVS.RegisterVirtualNetwork("Lab Copy.vnc", folder)
WScript.Echo "Registered " & copy.Name & " from Lab Copy.vnc: networks " & _
    (objVS.VirtualNetworks.Count - before) & ", DHCP enabled " & copy.DHCPVirtualNetworkServer.IsEnabled

Sub Refused(label)
    WScript.Echo label & ": " & Hex(Err.Number) & ", " & _
        Replace(Err.Description, folder, "FOLDER") & " Networks: " & _
        (objVS.VirtualNetworks.Count - before)
    Err.Clear
End Sub
On Error Resume Next
Set other = objVS.RegisterVirtualNetwork("", folder & "\lab.xml")
Refused "The same file again"
Set other = objVS.RegisterVirtualNetwork("Virtual Server", folder)
Refused "A Virtual Server .vnc"
Set other = objVS.RegisterVirtualNetwork("Garbage", folder)
Refused "Not XML"
Set other = objVS.RegisterVirtualNetwork("Missing", folder)
Refused "No such file"
Set other = objVS.RegisterVirtualNetwork("", "vpc-networks\lab.xml")
Refused "A relative path"
Set other = objVS.RegisterVirtualNetwork("a|b", folder)
Refused "A forbidden character"
On Error Goto 0

Set dhcp = net.DHCPVirtualNetworkServer
dhcp.ConfigureDHCPServer "10.30.0.0", "255.255.0.0", "10.30.0.16", "10.30.255.254", "10.30.0.1"
ShowDHCP "Configured, the same object", net
ShowDHCP "Configured, found again", objVS.FindVirtualNetwork("Lab XML")

On Error Resume Next
dhcp.ConfigureDHCPServer "10.30.0.0", "255.0.255.0", "10.30.0.16", "10.30.0.20", "10.30.0.1"
Refused "A mask with a hole"
dhcp.ConfigureDHCPServer "10.30.0.5", "255.255.0.0", "10.30.0.16", "10.30.0.20", "10.30.0.1"
Refused "A network with host bits"
dhcp.ConfigureDHCPServer "10.30.0.0", "255.255.0.0", "10.31.0.16", "10.30.0.20", "10.30.0.1"
Refused "A start outside"
dhcp.ConfigureDHCPServer "10.30.0.0", "255.255.0.0", "10.30.0.16", "10.30.255.255", "10.30.0.1"
Refused "The broadcast address as the end"
dhcp.ConfigureDHCPServer "10.30.0.0", "255.255.0.0", "10.30.0.16", "10.30.0.20", "10.30.0.300"
Refused "A server that is no address"
dhcp.ConfigureDHCPServer "10.30.0.0", "255.255.0.0", "10.30.0.20", "10.30.0.16", "10.30.0.1"
Refused "A range backwards"
dhcp.ConfigureDHCPServer "10.30.0.0", "255.255.0.0", "10.30.0.1", "10.30.0.20", "10.30.0.10"
Refused "The server in the range"
objVS.FindVirtualNetwork("default").DHCPVirtualNetworkServer.ConfigureDHCPServer _
    "10.40.0.0", "255.255.255.0", "10.40.0.16", "10.40.0.20", "10.40.0.1"
Refused "The network of a running VM"
On Error Goto 0
ShowDHCP "After the refusals", objVS.FindVirtualNetwork("Lab XML")

dhcp.IsEnabled = False
ShowDHCP "Disabled", objVS.FindVirtualNetwork("Lab XML")
On Error Resume Next
dhcp.IsEnabled = True
Refused "Enabled without a range"
On Error Goto 0
dhcp.ConfigureDHCPServer "10.30.0.0", "255.255.0.0", "10.30.0.16", "10.30.0.99", "10.30.0.1"
ShowDHCP "Configured again", objVS.FindVirtualNetwork("Lab XML")

net.Name = "Lab Renamed"
WScript.Echo "Renamed: " & net.Name & ", found by the old name: " & _
    (Not objVS.FindVirtualNetwork("Lab XML") Is Nothing) & ", range kept: " & _
    objVS.FindVirtualNetwork("Lab Renamed").DHCPVirtualNetworkServer.StartingIPAddress
On Error Resume Next
objVS.FindVirtualNetwork("default").Name = "Other"
Refused "Renaming the network of a VM"
net.Name = "lab copy"
Refused "A name the host has"
On Error Goto 0

For Each n In objVS.VirtualNetworks
    WScript.Echo "Listed: " & n.Name & ", DHCP enabled " & n.DHCPVirtualNetworkServer.IsEnabled
Next

objVS.UnregisterVirtualNetwork net
objVS.UnregisterVirtualNetwork copy
WScript.Echo "Unregistered both: networks " & (objVS.VirtualNetworks.Count - before) & _
    ", found: " & (Not objVS.FindVirtualNetwork("Lab Renamed") Is Nothing)
On Error Resume Next
objVS.UnregisterVirtualNetwork net
Refused "Unregistered again"
objVS.UnregisterVirtualNetwork Nothing
Refused "Nothing"
On Error Goto 0
Set net = objVS.RegisterVirtualNetwork("", folder & "\lab.xml")
WScript.Echo "Registered again: " & net.Name
objVS.UnregisterVirtualNetwork net
fso.DeleteFolder folder
