' Sleep waits at least as long as asked (only the lower bound is checked:
' the machine may be slow), and refuses a negative time.
t0 = Timer
WScript.Sleep 300
elapsed = Timer - t0
If elapsed < 0 Then elapsed = elapsed + 86400
WScript.Echo "slept at least 0.29 s:", elapsed >= 0.29
On Error Resume Next
WScript.Sleep -1
WScript.Echo "Sleep -1:", Err.Number
Err.Clear
WScript.Sleep "abc"
WScript.Echo "Sleep ""abc"":", Err.Number
