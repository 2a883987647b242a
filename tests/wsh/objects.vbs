' CreateObject, GetObject, ConnectObject and DisconnectObject.
Set d = WScript.CreateObject("Scripting.Dictionary")
d.Add "k", "v"
WScript.Echo IsObject(d), d("k")
On Error Resume Next
Set x = WScript.CreateObject("No.Such.Class")
WScript.Echo "CreateObject(No.Such.Class):", Hex(Err.Number), Err.Source
WScript.Echo Err.Description
Err.Clear
WScript.ConnectObject d, "d_"
WScript.Echo "ConnectObject to an object without events:", Err.Number <> 0, Err.Source
Err.Clear
Set d2 = WScript.CreateObject("Scripting.Dictionary", "d2_")
WScript.Echo "CreateObject with a prefix, no events:", Err.Number <> 0, IsEmpty(d2)
Err.Clear
WScript.DisconnectObject d
WScript.Echo "DisconnectObject of an unconnected object:", Err.Number
WScript.ConnectObject Nothing, "x_"
WScript.Echo "ConnectObject Nothing:", Err.Number
Err.Clear
Set g = WScript.GetObject("", "Scripting.Dictionary")
WScript.Echo "GetObject with a class:", g.Count, Err.Number
Err.Clear
Set g = WScript.GetObject("nosuchmoniker:xyz")
WScript.Echo "GetObject(nosuchmoniker:xyz):", Err.Number <> 0, Err.Source
