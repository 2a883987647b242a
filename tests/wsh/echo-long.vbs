' WScript.Echo of lines longer than the host's small buffers and its
' output buffer (64 KiB), with non-ASCII text and surrogate pairs across
' them, in the runner's Unix text mode: each CR LF within a line becomes
' LF, a lone CR stays, also one that ends the line.
Dim pairs, i
WScript.Echo String(1000, "x") & ChrW(233) & vbCrLf & "apr" & ChrW(232) & "s"
WScript.Echo "cr" & vbCr & "only"
WScript.Echo "ends with CR" & vbCr
WScript.Echo String(70000, "y") & "|", "end"
WScript.Echo String(300, ChrW(8364)), 1
pairs = ""
For i = 1 To 700
    pairs = pairs & ChrW(&HD83D) & ChrW(&HDE00)
Next
WScript.Echo "[" & pairs & "]"
WScript.Echo "after"
