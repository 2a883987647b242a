' The documented errors of the lifecycle methods through the Windows Virtual
' PC object model, under On Error Resume Next: each wrong-state call fails
' with its VM_E_* code (or E_FAIL) and a description naming the virtual
' machine and its host, and changes nothing.  In the lab XP-TEST is shut
' off, WEB01 runs and BUILD01 is paused.
On Error Resume Next

Sub Report(strWhat)
    Wscript.Echo strWhat & ": " & Hex(Err.Number) & " | " & Err.Source & " | " & Err.Description
    Err.Clear
End Sub

Set objVPC = CreateObject("VirtualPC.Application")
Set vmOff = objVPC.FindVirtualMachine("XP-TEST")
Set vmRunning = objVPC.FindVirtualMachine("WEB01")
Set vmPaused = objVPC.FindVirtualMachine("BUILD01")
Wscript.Echo "before: XP-TEST " & vmOff.State & ", WEB01 " & vmRunning.State & ", BUILD01 " & vmPaused.State

' VM_E_VM_RUNNING (0xA0040500)
Set task = vmRunning.Startup()
Report "Startup of WEB01"
Set task = vmRunning.Startup2(0)
Report "Startup2(0) of WEB01"
vmRunning.DiscardSavedState
Report "DiscardSavedState of WEB01"

' VM_E_VM_NOT_RUNNING (0xA0040206)
Set task = vmOff.TurnOff()
Report "TurnOff of XP-TEST"
Set task = vmOff.Save()
Report "Save of XP-TEST"
Set task = vmOff.Reset()
Report "Reset of XP-TEST"
vmOff.Pause
Report "Pause of XP-TEST"
vmOff.Resume
Report "Resume of XP-TEST"

' E_FAIL (0x80004005)
vmPaused.Pause
Report "Pause of BUILD01"
vmRunning.Resume
Report "Resume of WEB01"

' VM_E_VM_NO_SAVED_STATE (0xA0040501)
vmOff.DiscardSavedState
Report "DiscardSavedState of XP-TEST"

Wscript.Echo "after: XP-TEST " & vmOff.State & ", WEB01 " & vmRunning.State & ", BUILD01 " & vmPaused.State
Report "after"
