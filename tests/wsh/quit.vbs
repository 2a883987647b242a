' Quit ends the script with its code; the output is flushed first.
For i = 1 To 3
    WScript.Echo "line", i
Next
WScript.Quit 7
WScript.Echo "not reached"
