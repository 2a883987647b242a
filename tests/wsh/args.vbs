' Arguments, Named and Unnamed: counts, items, the default member, For Each.
Set args = WScript.Arguments
WScript.Echo "Count", args.Count, args.Length, WScript.Arguments.Count
For i = 0 To args.Count - 1
    WScript.Echo i, "[" & args(i) & "]", "[" & args.Item(i) & "]"
Next
For Each a In args
    WScript.Echo "each [" & a & "]"
Next
WScript.Echo "Arguments(0) through WScript:", WScript.Arguments(0)
Set named = args.Named
WScript.Echo "Named", named.Count, named.Length
WScript.Echo "server:", named("server"), named.Item("SERVER"), named.Exists("Server")
WScript.Echo "verbose:", named.Exists("verbose"), IsEmpty(named("verbose"))
WScript.Echo "missing:", named.Exists("missing"), IsEmpty(named("missing"))
WScript.Echo "empty value: [" & named("e") & "]", named.Exists("e")
For Each n In named
    WScript.Echo "named", n
Next
Set unnamed = args.Unnamed
WScript.Echo "Unnamed", unnamed.Count, unnamed.Length
For Each u In unnamed
    WScript.Echo "unnamed [" & u & "]"
Next
WScript.Echo unnamed(0), unnamed.Item(1)
On Error Resume Next
x = args(99)
WScript.Echo "args(99):", Err.Number, Err.Description
Err.Clear
x = unnamed(-1)
WScript.Echo "unnamed(-1):", Err.Number
Err.Clear
x = named.Exists()
WScript.Echo "Exists():", Err.Number
