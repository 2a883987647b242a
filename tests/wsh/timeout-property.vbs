' WScript.Timeout set by the script stops it as //T does.
WScript.Timeout = 1
WScript.Echo "looping"
Do
Loop
