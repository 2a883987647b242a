' The wine-vpc demo: what a Virtual PC script sees of a virtual machine's
' first seconds.  It powers a turned-off virtual machine on through the
' object model, reads its accountant twice a few seconds apart, pauses it
' and reads its up time twice again, then turns it off as it was.
'
'   wine-vpc demo                    (the bundled lab, XP-TEST)
'   wine-vpc run --hosts test://$PWD/examples/lab.xml examples/demo.vbs [VM]
'
' Nothing in it is particular to Wine: on Windows, give it the name of one
' of your turned-off virtual machines:  cscript //nologo demo.vbs "My VM"
Option Explicit

Const vmStateTurnedOff = 1, vmStateSaved = 2, vmStateRunning = 5, vmStatePaused = 6
Const waitSeconds = 3

Dim vpc, vm, acct, task, vmName, t0, elapsed
Dim upBefore, upAfter, rxBefore, rxAfter, txBefore, txAfter
Dim readBefore, readAfter, writtenBefore, writtenAfter

vmName = "XP-TEST"
If WScript.Arguments.Count > 0 Then vmName = WScript.Arguments(0)

Set vpc = CreateObject("VirtualPC.Application")
WScript.Echo vpc.Name & " " & vpc.Version & ", " & vpc.VirtualMachines.Count & " virtual machines."
Set vm = vpc.FindVirtualMachine(vmName)
If vm Is Nothing Then
    WScript.Echo "There is no virtual machine named " & vmName & "."
    WScript.Quit 1
End If
WScript.Echo WhereNumbersComeFrom(vm)
WScript.Echo ""

' A run interrupted earlier may have left it on.
If vm.State = vmStateRunning Or vm.State = vmStatePaused Then
    WScript.Echo vmName & " is " & StateName(vm.State) & "; turning it off first."
    Set task = vm.TurnOff()
    task.WaitForCompletion -1
End If
If vm.State <> vmStateTurnedOff And vm.State <> vmStateSaved Then
    WScript.Echo vmName & " is " & StateName(vm.State) & ", not turned off: nothing to show."
    WScript.Quit 1
End If

WScript.Echo vmName & " is " & StateName(vm.State) & ".  Startup... " & TaskOutcome(vm.Startup(), vm)
Set acct = vm.Accountant

' Both readings of one moment come from one sample of the host.
t0 = Timer
upBefore = acct.UpTime
rxBefore = acct.NetworkBytesReceived
txBefore = acct.NetworkBytesSent
readBefore = acct.DiskBytesRead
writtenBefore = acct.DiskBytesWritten
Wait waitSeconds
elapsed = Timer - t0
If elapsed < 0 Then elapsed = elapsed + 86400      ' past midnight
upAfter = acct.UpTime
rxAfter = acct.NetworkBytesReceived
txAfter = acct.NetworkBytesSent
readAfter = acct.DiskBytesRead
writtenAfter = acct.DiskBytesWritten

WScript.Echo "Its accountant, read just after Startup and again " & waitSeconds & " seconds later:"
WScript.Echo Pad("", 24) & Pad("first", 10) & Pad("second", 10) & Pad("growth", 10) & Pad("per second", 12)
WScript.Echo Pad("  Up time (s)", 24) & Pad(upBefore, 10) & Pad(upAfter, 10) & Pad(upAfter - upBefore, 10)
Row "  Network bytes received", rxBefore, rxAfter
Row "  Network bytes sent", txBefore, txAfter
Row "  Disk bytes read", readBefore, readAfter
Row "  Disk bytes written", writtenBefore, writtenAfter
WScript.Echo ""

vm.Pause
upBefore = acct.UpTime
Wait waitSeconds
upAfter = acct.UpTime
WScript.Echo vmName & " is " & StateName(vm.State) & " (Pause): up time " & upBefore & " s, and " & _
    waitSeconds & " seconds later " & upAfter & " s: paused time does not count."

WScript.Echo vmName & ": TurnOff... " & TaskOutcome(vm.TurnOff(), vm)

' One line of the table: both readings, their difference, and the rate
' over the time between them, to the nearest thousand bytes a second.
Sub Row(label, before, after)
    Dim growth
    growth = after - before
    WScript.Echo Pad(label, 24) & Pad(before, 10) & Pad(after, 10) & Pad(growth, 10) & _
        Pad(Round(growth / elapsed / 1000) * 1000, 12)
End Sub

' Left-aligned labels, right-aligned numbers.
Function Pad(value, width)
    If Left(value, 2) = "  " Or value = "" Then
        Pad = Left(value & Space(width), width)
    Else
        Pad = Right(Space(width) & value, width)
    End If
End Function

' Where the host's numbers come from: wine-vpc names the libvirt host of
' each VM; on Windows, Virtual PC reports them itself.
Function WhereNumbersComeFrom(vm)
    Dim uri
    On Error Resume Next
    uri = vm.GetConfigurationValue("wine-vpc/host_uri")
    If Err.Number <> 0 Then
        WhereNumbersComeFrom = "The numbers come from Virtual PC on this computer."
    ElseIf LCase(Left(uri, 5)) = "test:" Then
        WhereNumbersComeFrom = "The numbers come from libvirt's test driver (" & uri & "), which simulates " & _
            "these virtual machines: while one runs, each network adapter receives 100000 and sends " & _
            "50000 bytes a second, each disk reads 50000 and writes 25000."
    Else
        WhereNumbersComeFrom = "The numbers come from the libvirt host " & uri & "."
    End If
End Function

' Waits for a task of the VM to end; its new state, or why it failed.
Function TaskOutcome(task, vm)
    task.WaitForCompletion -1
    If task.Result <> 0 And task.ErrorDescription <> "" Then
        TaskOutcome = "failed: " & task.ErrorDescription
    Else
        TaskOutcome = StateName(vm.State) & "."
    End If
End Function

' VMVMState as the documentation names its values.
Function StateName(state)
    Dim names
    names = Array("Invalid", "Turned Off", "Saved", "Turning On", "Restoring", "Running", _
                  "Paused", "Saving", "Turning Off", "Merging Drives", "Deleting Machine")
    If state >= 0 And state <= UBound(names) Then
        StateName = names(state)
    Else
        StateName = "in state " & state
    End If
End Function

' WScript.Sleep, where the script host has it.  Wine 8's own cscript stubs
' it (error 445): then a loop on Timer waits instead.
Sub Wait(seconds)
    Dim start
    start = Timer
    On Error Resume Next
    WScript.Sleep seconds * 1000
    If Err.Number <> 0 Then
        Err.Clear
        Do While Timer - start < seconds And Timer >= start
        Loop
    End If
End Sub
