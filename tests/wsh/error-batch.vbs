' //B: the error is not shown, the exit status still says so.
WScript.Echo "batch", WScript.Interactive
x = 1 / 0
