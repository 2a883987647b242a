' MsgBox and InputBox without a display: the prompt on the console, the
' default button's answer, a line read from stdin (the default at its end).
r = MsgBox("Continue?")
WScript.Echo "MsgBox:", r
r = MsgBox("Delete it?", vbYesNo + vbQuestion, "Title")
WScript.Echo "YesNo:", r
r = MsgBox("Retry?", vbRetryCancel + vbDefaultButton2)
WScript.Echo "RetryCancel, second default:", r
name = InputBox("Your name?", "Title", "nobody")
WScript.Echo "InputBox: [" & name & "]"
name = InputBox("Again?", "Title", "the default")
WScript.Echo "at the end of stdin: [" & name & "]"
