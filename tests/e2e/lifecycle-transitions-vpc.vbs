' The transitional states of the documented state diagram (Virtual Server
' 2005's; Windows Virtual PC has the same VMVMState values) through the
' Windows Virtual PC object model, seen while a task runs: each lifecycle
' call below is held back 1.5 s (WINE_VPC_TEST_ACTION_DELAY, read by the
' in-process backend this test uses), so State, IsComplete, PercentCompleted
' and Error read right after the call returns show the task under way, and
' after WaitForCompletion its end.
'
'   Startup (no saved state)  TurningOn (3) -> Running (5)
'   Save                      Saving (7) -> Saved (2)
'   Startup2 (saved state)    Restoring (4) -> Running (5)
'   Reset                     TurningOn (3) -> Running (5)
'   TurnOff                   TurningOff (8) -> TurnedOff (1)
Set objVPC = CreateObject("VirtualPC.Application")
Set vm = objVPC.FindVirtualMachine("XP-TEST")

Sub Follow(task)
    Wscript.Echo task.Description & ": State " & vm.State & ", IsComplete " & task.IsComplete & _
        ", PercentCompleted " & task.PercentCompleted & ", Error " & task.Error
    task.WaitForCompletion -1
    Wscript.Echo "  done: State " & vm.State & ", IsComplete " & task.IsComplete & _
        ", PercentCompleted " & task.PercentCompleted & ", Result " & task.Result & _
        ", Error " & task.Error
End Sub

Wscript.Echo vm.Name & ": State " & vm.State
Follow vm.Startup()
Follow vm.Save()
Follow vm.Startup2(0)
Follow vm.Reset()
Follow vm.TurnOff()
