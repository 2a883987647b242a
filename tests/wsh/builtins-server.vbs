' CreateObject(class, server): for wine-vpc's classes the server is a libvirt
' host, by its name in the Hosts setting or by URI.
Set vs = CreateObject("VirtualServer.Application", "lab")
WScript.Echo "lab:", vs.VirtualMachines.Count
Set vs = CreateObject("VirtualServer.Application", "test:///default")
WScript.Echo "test:///default:", vs.VirtualMachines.Count, vs.VirtualMachines.Item(1).Name
Set vs = CreateObject("VirtualServer.Application", "")
WScript.Echo "no server:", vs.VirtualMachines.Count
Set d = CreateObject("Scripting.Dictionary", "localhost")
WScript.Echo "this machine:", IsObject(d)
On Error Resume Next
x = CreateObject("VirtualServer.Application", "nosuchhost")
WScript.Echo "unknown server:", Err.Number
WScript.Echo Err.Description
Err.Clear
x = CreateObject("Scripting.Dictionary", "test:///default")
WScript.Echo "another class on a server:", Err.Number
Err.Clear
x = CreateObject("No.Such.Class", "lab")
WScript.Echo "no such class:", Err.Number
