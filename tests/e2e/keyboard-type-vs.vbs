' Typing into every VM's keyboard, as published Virtual Server scripts do to
' log on or run a command in a guest: text with TypeAsciiText, Ctrl+Alt+Del
' with TypeKeySequence, a key held with PressKey; a VM that is not running
' refuses with VM_E_VM_NOT_RUNNING (&HA0040206), and so does an unknown key
' identifier with E_INVALIDARG.
Set objVS = CreateObject("VirtualServer.Application")
For Each vm In objVS.VirtualMachines
    Set kb = vm.Keyboard
    If vm.State = 5 Then
        kb.TypeKeySequence "DOWN,Key_LeftCtrl,DOWN,Key_LeftAlt,Key_Delete,UP,Key_LeftAlt,UP,Key_LeftCtrl"
        kb.TypeAsciiText "Administrator" & vbTab & "P@ssw0rd!" & vbCrLf
        kb.PressKey "Key_LeftShift"
        held = kb.IsPressed("Key_LeftShift")
        kb.PressAndReleaseKey "Key_A"
        kb.ReleaseKey "Key_LeftShift"
        WScript.Echo vm.Name & ": typed; Shift was held: " & held & _
            ", is now: " & kb.IsPressed("Key_LeftShift")
    Else
        On Error Resume Next
        kb.TypeAsciiText "dir"
        WScript.Echo vm.Name & ": State " & vm.State & ", TypeAsciiText: " & Hex(Err.Number)
        On Error GoTo 0
    End If
Next
On Error Resume Next
objVS.VirtualMachines.Item(1).Keyboard.PressAndReleaseKey "Key_Enterr"
WScript.Echo "Key_Enterr: " & Hex(Err.Number) & " " & Err.Description
