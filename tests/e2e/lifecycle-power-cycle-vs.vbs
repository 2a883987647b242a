' A power cycle of XP-TEST (shut off in the lab, 1 vCPU, 1 NIC, 1 disk)
' through the Virtual Server 2005 object model and the resident backend:
' every lifecycle method, the task each returns, the state it leaves, and
' what the accountant reads at each step.
'
' The lab's test driver counts 50000 B/s sent per NIC (100000 received,
' per disk 50000 read and 25000 written) and CPU time equal to wall-clock
' time.  The counters start from 0 at every power-up, restore and reset.
' A read may come from a sample up to 0.5 s old, so a counter read at least
' T s after the power-up is at least (T - 0.5) s of counting; the upper
' bounds allow 0.5 s for the task to end and the reads to happen.
Set objVS = CreateObject("VirtualServer.Application")
Set vm = objVS.FindVirtualMachine("XP-TEST")
Set acct = vm.Accountant

' Busy-waits (WScript.Sleep stops scripts under Wine 8); safe across midnight.
Sub Wait(dblSeconds, dblFrom)
    Dim dblElapsed
    Do
        dblElapsed = Timer - dblFrom
        If dblElapsed < 0 Then dblElapsed = dblElapsed + 86400
    Loop While dblElapsed < dblSeconds
End Sub

Sub ShowTask(task)
    Wscript.Echo "  " & task.Description & ": IsComplete " & task.IsComplete & _
        ", PercentCompleted " & task.PercentCompleted & ", Result " & task.Result
End Sub

Sub ShowCounters(strWhen)
    Wscript.Echo "  " & strWhen & ": NetworkBytesSent " & acct.NetworkBytesSent & _
        ", NetworkBytesReceived " & acct.NetworkBytesReceived & _
        ", DiskBytesRead " & acct.DiskBytesRead & _
        ", DiskBytesWritten " & acct.DiskBytesWritten & _
        ", UpTime " & acct.UpTime & ", CPUUtilization " & acct.CPUUtilization
End Sub

Wscript.Echo vm.Name & ": State " & vm.State

' Power-up: Startup returns at once with a task.
Set task = vm.Startup()
Wscript.Echo "Startup: " & task.Description
task.WaitForCompletion -1
dblUp = Timer
ShowTask task
Wscript.Echo "  State " & vm.State
Wait 2, dblUp
' At least 2 s since the power-up: 1 NIC x 50000 B/s x (2 - 0.5) s at
' least, 1 NIC x 50000 B/s x (2 + 0.5) s at most; UpTime (whole seconds)
' 1 or 2; the one vCPU busy all the time, CPUUtilization 100.
Wscript.Echo "  after 2 s: NetworkBytesSent " & acct.NetworkBytesSent & _
    ", UpTime " & acct.UpTime & ", CPUUtilization " & acct.CPUUtilization

' Pause stops the clock: UpTime does not move while the VM is paused.
vm.Pause
Wscript.Echo "Pause: State " & vm.State
lngUpTime = acct.UpTime
Wscript.Echo "  UpTime " & lngUpTime & ", CPUUtilization " & acct.CPUUtilization
Wait 1.5, Timer
lngLater = acct.UpTime
Wscript.Echo "  after 1.5 s paused: UpTime " & lngLater & " (unchanged: " & (lngLater = lngUpTime) & _
    "), CPUUtilization " & acct.CPUUtilization
vm.Resume
Wscript.Echo "Resume: State " & vm.State

' Save: the VM is off with its state kept; the counters read 0.
Set task = vm.Save()
task.WaitForCompletion -1
ShowTask task
Wscript.Echo "  State " & vm.State
ShowCounters "saved"

' Startup of a saved VM restores it: the counters count from 0 again, and
' right after the task at most 0.5 s of counting shows (the CPU needs two
' samples 0.4 s apart to read 100 again).
Set task = vm.Startup()
task.WaitForCompletion -1
ShowTask task
Wscript.Echo "  State " & vm.State
ShowCounters "restored"

' Reset: still running, counters and UpTime from 0 (as after the restore).
Set task = vm.Reset()
task.WaitForCompletion -1
ShowTask task
Wscript.Echo "  State " & vm.State
ShowCounters "reset"

' TurnOff: off, no saved state.
Set task = vm.TurnOff()
task.WaitForCompletion -1
ShowTask task
Wscript.Echo "  State " & vm.State

' Saved, then the saved state discarded: turned off.
Set task = vm.Startup()
task.WaitForCompletion -1
Wscript.Echo "Startup: State " & vm.State
Set task = vm.Save()
task.WaitForCompletion -1
Wscript.Echo "Save: State " & vm.State
vm.DiscardSavedState
Wscript.Echo "DiscardSavedState: State " & vm.State
