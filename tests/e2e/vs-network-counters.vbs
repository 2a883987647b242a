' Ours, in the style of the published IVMAccountant examples: each virtual
' network's counters (IVMVirtualNetwork's Bytes* and Packets*, per second, and
' a history; not BytesDropped, which libvirt cannot count), against the
' inventory lab.  On "lab", APP01 and Windows Server 2003 run (build-off is
' off); on "isolated" nothing runs.
Set objVS = CreateObject("VirtualServer.Application")
Set colNetworks = objVS.VirtualNetworks

' The rates need two samples of the host after the first read: wait three
' seconds.  Busy-waits (WScript.Sleep stops scripts under Wine 8); safe
' across midnight.
t0 = Timer
Do
    dblElapsed = Timer - t0
    If dblElapsed < 0 Then dblElapsed = dblElapsed + 86400
Loop While dblElapsed < 3

For Each objNetwork In colNetworks
    Wscript.Echo "Virtual network: " & objNetwork.Name
    Wscript.Echo "Bytes received: " & objNetwork.BytesReceived
    Wscript.Echo "Bytes sent: " & objNetwork.BytesSent
    Wscript.Echo "Packets received: " & objNetwork.PacketsReceived
    Wscript.Echo "Packets sent: " & objNetwork.PacketsSent
    Wscript.Echo "Packets dropped: " & objNetwork.PacketsDropped
    i = 0
    For Each value In objNetwork.BytesSentHistory
        i = i + 1
    Next
    Wscript.Echo "Bytes sent history: " & i & " values, the newest " & _
                 objNetwork.BytesSentHistory(59) & ", the oldest " & objNetwork.PacketsSentHistory(0)
    Wscript.Echo ""
Next
