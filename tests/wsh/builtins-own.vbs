' A script's own Join, Round and MsgBox win over the host's repairs.
Function Join(a, b)
    Join = "the script's Join"
End Function
Dim Round
Round = "the script's variable"
Sub MsgBox(text)
    WScript.Echo "the script's MsgBox: " & text
End Sub
WScript.Echo Join(Array(1), ",")
WScript.Echo Round
MsgBox "hi"
WScript.Echo UBound(Split("a b c"))
