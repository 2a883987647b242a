' wscript.exe without a display: Echo writes to stdout instead of opening a
' window nobody could close.
WScript.Echo "from wscript", LCase(Mid(WScript.FullName, InStrRev(WScript.FullName, "\") + 1))
x = 1 / 0
