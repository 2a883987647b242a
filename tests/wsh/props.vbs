' The WScript object's properties.
WScript.Echo WScript.Name
WScript.Echo WScript.Version
WScript.Echo WScript.BuildVersion
WScript.Echo WScript.ScriptName
WScript.Echo WScript.ScriptFullName
WScript.Echo WScript.Interactive
WScript.Interactive = False
WScript.Echo WScript.Interactive
WScript.Echo WScript.Timeout
WScript.Timeout = 100
WScript.Echo WScript.Timeout
WScript.Echo WScript.Application.Name
WScript.Echo LCase(Mid(WScript.FullName, InStrRev(WScript.FullName, "\") + 1))
WScript.Echo WScript.Path & "\cscript.exe" = WScript.FullName
WScript.Echo TypeName(WScript.Arguments), TypeName(WScript.StdOut)
On Error Resume Next
WScript.Version = "6.0"
WScript.Echo "Version is read-only:", Err.Number <> 0
Err.Clear
WScript.Timeout = -1
WScript.Echo "a negative Timeout:", Err.Number
