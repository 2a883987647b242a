' A VM's whole life through VirtualServer.Application: created, started, turned off,
' deleted; a second one created from a .vmc path and unregistered.
Set objVS = CreateObject("VirtualServer.Application")
Set vm = objVS.CreateVirtualMachine("NEW-VM", "C:\VMs\NEW-VM")
WScript.Echo "Created " & vm.Name & ": State " & vm.State & ", Memory " & vm.Memory & _
    ", VMs " & objVS.VirtualMachines.Count
Set task = vm.Startup()
task.WaitForCompletion -1
WScript.Echo "Startup: Result " & task.Result & ", State " & vm.State
Set task = vm.TurnOff()
task.WaitForCompletion -1
WScript.Echo "TurnOff: Result " & task.Result & ", State " & vm.State
objVS.DeleteVirtualMachine vm
WScript.Echo "Deleted: FindVirtualMachine gives Nothing: " & _
    (objVS.FindVirtualMachine("NEW-VM") Is Nothing) & ", VMs " & objVS.VirtualMachines.Count

Set vm = objVS.CreateVirtualMachine("", "C:\VMs\OTHER-VM\OTHER-VM.vmc")
WScript.Echo "Created " & vm.Name
objVS.UnregisterVirtualMachine vm
WScript.Echo "Unregistered: " & (objVS.FindVirtualMachine("OTHER-VM") Is Nothing)

On Error Resume Next
Set vm = objVS.CreateVirtualMachine("WEB01", "C:\VMs")
WScript.Echo "CreateVirtualMachine(""WEB01"") gives " & Hex(Err.Number) & ": " & Err.Description
Err.Clear
objVS.DeleteVirtualMachine objVS.FindVirtualMachine("WEB01")
WScript.Echo "DeleteVirtualMachine(WEB01) gives " & Hex(Err.Number) & ": " & Err.Description
