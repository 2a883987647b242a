' A runtime error stops the script: Windows' error line on stderr, exit 1,
' and what was written before comes out first.
WScript.Echo "before"
x = 1 / 0
WScript.Echo "not reached"
