' Without On Error, an error the DLL raises stops the script, and the runner
' names it: VirtualMachines is 1-based, Item(0) is out of range.
Set objVS = CreateObject("VirtualServer.Application")
Wscript.Echo "VMs: " & objVS.VirtualMachines.Count
Set vm = objVS.VirtualMachines.Item(0)
Wscript.Echo "not reached: " & vm.Name
