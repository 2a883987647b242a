' The real-QEMU layer: a VM's own events while the layer resets it.
'
'   events.vbs VM RESETS SECONDS
'
' Says "ready" once its sink is connected, then one line per event
' ("OnReset", "OnStateChange STATE"), and ends after RESETS OnReset events
' or SECONDS seconds, with "resets=N".
'
' Copyright 2026 the wine-vpc authors
'
' This library is free software; you can redistribute it and/or
' modify it under the terms of the GNU Lesser General Public
' License as published by the Free Software Foundation; either
' version 2.1 of the License, or (at your option) any later version.

Set vpc = CreateObject("VirtualPC.Application")
Set vm = vpc.FindVirtualMachine(WScript.Arguments(0))
WScript.ConnectObject vm, "vm_"
resets = 0

Sub vm_OnReset()
    WScript.Echo "OnReset"
    resets = resets + 1
End Sub

Sub vm_OnStateChange(state)
    WScript.Echo "OnStateChange " & state
End Sub

WScript.Echo "ready"
started = Timer
Do While resets < CInt(WScript.Arguments(1)) And Timer - started < CDbl(WScript.Arguments(2)) _
        And Timer >= started
    WScript.Sleep 100
Loop
WScript.Echo "resets=" & resets
