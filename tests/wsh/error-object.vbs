' An error a COM object raises: its source and description.
Set vs = CreateObject("VirtualServer.Application")
WScript.Echo vs.VirtualMachines.Count
WScript.Echo vs.VirtualMachines.Item(0).Name
