' The real-QEMU layer: a VM's heartbeat, seen from Virtual Server's events.
'
'   heartbeat.vbs VM SECONDS
'
' Says "heartbeating=B" (IVMGuestOS::IsHeartbeating) and "ready" once its
' sinks are connected, then waits until both OnHeartbeatStopped events
' came (the application's, with the VM's name, and the VM's own) or
' SECONDS passed, and says what came, then "heartbeating=B" again.
'
' Copyright 2026 the wine-vpc authors
'
' This library is free software; you can redistribute it and/or
' modify it under the terms of the GNU Lesser General Public
' License as published by the Free Software Foundation; either
' version 2.1 of the License, or (at your option) any later version.

Set vs = WScript.CreateObject("VirtualServer.Application", "vs_")
Set vm = vs.FindVirtualMachine(WScript.Arguments(0))
WScript.ConnectObject vm, "vm_"
fromApp = ""
fromVM = False

Sub vs_OnHeartbeatStopped(name)
    fromApp = fromApp & name
End Sub

Sub vm_OnHeartbeatStopped()
    fromVM = True
End Sub

WScript.Echo "heartbeating=" & vm.GuestOS.IsHeartbeating
WScript.Echo "ready"
started = Timer
Do While (fromApp = "" Or Not fromVM) And Timer - started < CDbl(WScript.Arguments(1)) _
        And Timer >= started
    WScript.Sleep 100
Loop
WScript.Echo "application: OnHeartbeatStopped(" & fromApp & ")"
WScript.Echo "VM: OnHeartbeatStopped " & fromVM
WScript.Echo "heartbeating=" & vm.GuestOS.IsHeartbeating
