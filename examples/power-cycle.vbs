' Powers a virtual machine up, shows what it did in its first seconds, and
' saves it (Windows Virtual PC object model).  The name of the virtual
' machine is the first argument:
'
'   wine-vpc run --hosts test://$PWD/examples/lab.xml examples/power-cycle.vbs XP-TEST
'
' Startup and Save return an IVMTask at once; WaitForCompletion -1 waits
' until the task is done.  A saved virtual machine keeps its memory, and
' the next Startup restores it.  The accountant counts from the power-up:
' bytes as Decimals, UpTime in seconds, CPUUtilization in percent.
Function StateName(lngState)
    Dim names       ' Wine's VBScript cannot index Array(...) directly
    names = Array("Invalid", "Turned off", "Saved", "Turning on", "Restoring", "Running", _
                  "Paused", "Saving", "Turning off", "Merging drives", "Being deleted")
    StateName = names(lngState)
End Function

' Waits on an IVMTask, stops the script if the task failed.
Sub WaitFor(task)
    Wscript.Echo task.Description & "..."
    task.WaitForCompletion -1
    If task.Result <> 0 Then
        Wscript.Echo "  failed: " & task.ErrorDescription
        Wscript.Quit 1
    End If
End Sub

If Wscript.Arguments.Count < 1 Then
    Wscript.Echo "usage: power-cycle.vbs VM-NAME"
    Wscript.Quit 2
End If

Set objVPC = CreateObject("VirtualPC.Application")
Set vm = objVPC.FindVirtualMachine(Wscript.Arguments(0))
If vm Is Nothing Then
    Wscript.Echo Wscript.Arguments(0) & ": no such virtual machine"
    Wscript.Quit 1
End If
Wscript.Echo vm.Name & ": " & StateName(vm.State)

If vm.State = 1 Or vm.State = 2 Then     ' Turned off or Saved
    WaitFor vm.Startup()
    Wscript.Echo vm.Name & ": " & StateName(vm.State)
End If

' Let it run for two seconds.  WScript.Sleep stops scripts under Wine 8:
' loop on Timer instead (seconds since midnight).
t0 = Timer
Do While Timer - t0 < 2 And Timer >= t0
Loop

Set acct = vm.Accountant
Wscript.Echo "  up " & acct.UpTime & " s, CPU " & acct.CPUUtilization & " %"
Wscript.Echo "  network: " & acct.NetworkBytesSent & " bytes sent, " & acct.NetworkBytesReceived & " received"
Wscript.Echo "  disks: " & acct.DiskBytesRead & " bytes read, " & acct.DiskBytesWritten & " written"

WaitFor vm.Save()
Wscript.Echo vm.Name & ": " & StateName(vm.State)
