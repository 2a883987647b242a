' StdIn, StdOut and StdErr, the TextStreams of the console.
Set stdinput = WScript.StdIn
Set stdoutput = WScript.StdOut
WScript.Echo "line", stdinput.Line, "column", stdinput.Column, "end", stdinput.AtEndOfStream
WScript.Echo "[" & stdinput.ReadLine & "]"
WScript.Echo "read 3: [" & stdinput.Read(3) & "]", stdinput.Line, stdinput.Column
WScript.Echo "end of line:", stdinput.AtEndOfLine
stdinput.Skip 3
WScript.Echo "end of line:", stdinput.AtEndOfLine
stdinput.SkipLine
WScript.Echo "[" & stdinput.ReadLine & "]", stdinput.Line
WScript.Echo "[" & Replace(stdinput.ReadAll, vbLf, "|") & "]"
WScript.Echo "end", stdinput.AtEndOfStream
On Error Resume Next
x = stdinput.ReadLine
WScript.Echo "past the end:", Err.Number, Err.Description
Err.Clear
stdinput.Write "x"
WScript.Echo "writing StdIn:", Err.Number, Err.Description
Err.Clear
x = stdoutput.ReadLine
WScript.Echo "reading StdOut:", Err.Number
On Error GoTo 0
stdoutput.Write "written"
stdoutput.Write " in parts"
stdoutput.WriteLine
stdoutput.WriteLine "a line"
stdoutput.WriteBlankLines 2
WScript.Echo "column after Write:", stdoutput.Column
stdoutput.Write "abc"
WScript.Echo ""
WScript.StdErr.WriteLine "to stderr"
WScript.StdErr.Write "no line end"
WScript.Echo "after stderr"
