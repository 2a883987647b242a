' A virtual network's life through VirtualServer.Application: created (an
' isolated libvirt network, running), found, deleted; the refusals change
' nothing: a name that exists, no name, Nothing, and the network a running
' VM is on.
Set objVS = CreateObject("VirtualServer.Application")
before = objVS.VirtualNetworks.Count
Set net = objVS.CreateVirtualNetwork("Lab Net", "C:\Virtual Networks")
WScript.Echo "Created " & net.Name & ": networks " & (objVS.VirtualNetworks.Count - before) & _
    ", FindVirtualNetwork finds it: " & (Not objVS.FindVirtualNetwork("Lab Net") Is Nothing) & _
    ", VMs on it: " & net.NetworkAdapters.Count

Sub Refused(label)
    WScript.Echo label & ": " & Hex(Err.Number) & ", " & Err.Description & _
        " Networks: " & (objVS.VirtualNetworks.Count - before)
    Err.Clear
End Sub
On Error Resume Next
Set other = objVS.CreateVirtualNetwork("lab net", "C:\Virtual Networks")
Refused "The same name"
Set other = objVS.CreateVirtualNetwork("", "C:\Virtual Networks")
Refused "No name"
Set other = objVS.CreateVirtualNetwork("a/b", "C:\Virtual Networks")
Refused "A slash"
objVS.DeleteVirtualNetwork Nothing
Refused "Nothing"
objVS.DeleteVirtualNetwork objVS.FindVirtualNetwork("default")
Refused "The network of a running VM"
On Error Goto 0

objVS.DeleteVirtualNetwork net
WScript.Echo "Deleted: networks " & (objVS.VirtualNetworks.Count - before) & _
    ", FindVirtualNetwork finds it: " & (Not objVS.FindVirtualNetwork("Lab Net") Is Nothing)
objVS.DeleteVirtualNetwork net
WScript.Echo "Deleted again: " & Err.Number
