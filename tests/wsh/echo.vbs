' WScript.Echo: any number of arguments joined by one space, a line each.
WScript.Echo "one"
WScript.Echo "a", 1, 2.5, True, False, Empty, "z"
WScript.Echo Null
WScript.Echo
WScript.Echo ""
WSH.Echo "through WSH"
WScript.Echo CLng(-7), CDbl(1) / 4, CByte(255)
WScript.Echo WScript
Set d = CreateObject("Scripting.Dictionary")
On Error Resume Next
WScript.Echo d
WScript.Echo "object without a default value:", Err.Number <> 0
On Error GoTo 0
WScript.Echo "last"
