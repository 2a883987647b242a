' The transitional states of the Virtual Server 2005 state diagram, seen
' while a task runs: each lifecycle call below is held back 1.5 s
' (WINE_VPC_TEST_ACTION_DELAY, read by the in-process backend this test
' uses), so State, IsComplete and PercentCompleted read right after the call
' returns show the task under way, and after WaitForCompletion its end.
'
'   Startup (no saved state)  TurningOn (3) -> Running (5)
'   Save                      Saving (7) -> Saved (2)
'   Startup (saved state)     Restoring (4) -> Running (5)
'   Reset                     TurningOn (3) -> Running (5)
'   TurnOff                   TurningOff (8) -> TurnedOff (1)
Set objVS = CreateObject("VirtualServer.Application")
Set vm = objVS.FindVirtualMachine("XP-TEST")

Sub Follow(task)
    Wscript.Echo task.Description & ": State " & vm.State & ", IsComplete " & task.IsComplete & _
        ", PercentCompleted " & task.PercentCompleted
    task.WaitForCompletion -1
    Wscript.Echo "  done: State " & vm.State & ", IsComplete " & task.IsComplete & _
        ", PercentCompleted " & task.PercentCompleted & ", Result " & task.Result
End Sub

Wscript.Echo vm.Name & ": State " & vm.State
Follow vm.Startup()
Follow vm.Save()
Follow vm.Startup()
Follow vm.Reset()
Follow vm.TurnOff()
