' The real-QEMU layer: lifecycle methods of one VM, in order.
'
'   action.vbs VM ACTION...     ACTION: Startup TurnOff Save Reset Pause
'                               Resume DiscardSavedState
'
' One line per action: "ACTION result=R state=S" for the methods that
' return a task (waited for), "ACTION state=S" for the others, or
' "ACTION error=HEX DESCRIPTION" (and exit status 1) when it failed.
'
' Copyright 2026 the wine-vpc authors
'
' This library is free software; you can redistribute it and/or
' modify it under the terms of the GNU Lesser General Public
' License as published by the Free Software Foundation; either
' version 2.1 of the License, or (at your option) any later version.

Set vpc = CreateObject("VirtualPC.Application")
Set vm = vpc.FindVirtualMachine(WScript.Arguments(0))
If vm Is Nothing Then
    WScript.Echo WScript.Arguments(0) & ": no such VM"
    WScript.Quit 1
End If

For i = 1 To WScript.Arguments.Count - 1
    action = WScript.Arguments(i)
    Set task = Nothing
    On Error Resume Next
    Select Case action
        Case "Startup": Set task = vm.Startup()
        Case "TurnOff": Set task = vm.TurnOff()
        Case "Save": Set task = vm.Save()
        Case "Reset": Set task = vm.Reset()
        Case "Pause": vm.Pause
        Case "Resume": vm.Resume
        Case "DiscardSavedState": vm.DiscardSavedState
        Case Else: Err.Raise 5, , "unknown action"
    End Select
    If Err.Number <> 0 Then
        WScript.Echo action & " error=" & Hex(Err.Number) & " " & Err.Description
        WScript.Quit 1
    End If
    On Error GoTo 0
    If task Is Nothing Then
        WScript.Echo action & " state=" & vm.State
    Else
        task.WaitForCompletion -1
        WScript.Echo action & " result=" & task.Result & " state=" & vm.State
    End If
Next
