' RegisterVirtualMachine with the configuration files in tests/e2e/register
' (their folder comes as the argument, a Unix path, made a Windows path
' here): libvirt domain XML by its full path and by name and folder; each
' refusal leaves the VM list as it was.
Set objVS = CreateObject("VirtualServer.Application")
folder = "Z:" & Replace(WScript.Arguments(0), "/", "\")
before = objVS.VirtualMachines.Count

Set vm = objVS.RegisterVirtualMachine("", folder & "\web01-copy.xml")
WScript.Echo "Registered " & vm.Name & ": State " & vm.State & ", Memory " & vm.Memory & _
    ", Notes " & vm.Notes & ", VMs " & (objVS.VirtualMachines.Count - before)
Set vm = objVS.RegisterVirtualMachine("Named VM.vmc", folder)
WScript.Echo "Registered " & vm.Name & ": Memory " & vm.Memory & ", found by name: " & _
    (Not objVS.FindVirtualMachine("Named VM") Is Nothing)

Sub Refused(label, name, path, named)
    On Error Resume Next
    count = objVS.VirtualMachines.Count
    Set vm = objVS.RegisterVirtualMachine(name, path)
    WScript.Echo label & ": " & Hex(Err.Number) & ", names it: " & _
        (InStr(Err.Description, named) > 0) & ", VMs added: " & (objVS.VirtualMachines.Count - count)
    WScript.Echo "  " & Mid(Err.Description, InStrRev(Err.Description, ": ") + 2)
End Sub
Refused "the same file again", "", folder & "\web01-copy.xml", "FROM-FILE"
Refused "another name, same UUID", "Same UUID", folder, "Named VM"
Refused "no such file", "Missing", folder, folder & "\Missing.vmc"
Refused "no such folder", "", folder & "\nowhere\x.xml", folder & "\nowhere\x.xml"
Refused "a relative path", "", "register\web01-copy.xml", "register\web01-copy.xml"
Refused "a Virtual PC .vmc", "Virtual PC", folder, "Virtual PC"
Refused "not XML", "Garbage", folder, "Garbage"
Refused "a forbidden character", "a|b", folder, "a|b"

objVS.UnregisterVirtualMachine objVS.FindVirtualMachine("FROM-FILE")
objVS.UnregisterVirtualMachine objVS.FindVirtualMachine("Named VM")
WScript.Echo "Unregistered both: VMs " & (objVS.VirtualMachines.Count - before)
Set vm = objVS.RegisterVirtualMachine("", folder & "\web01-copy.xml")
WScript.Echo "Registered again: " & vm.Name
