' A syntax error: nothing runs.
WScript.Echo "never"
If x Then Then
