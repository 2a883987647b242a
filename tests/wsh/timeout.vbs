' //T:1 stops a script that does not end.
WScript.Echo "looping"
Do
Loop
