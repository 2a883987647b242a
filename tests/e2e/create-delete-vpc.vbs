' A VM's whole life through VirtualPC.Application: created, started, turned off,
' deleted; a second one created from a .vmc path and unregistered.
Set objVPC = CreateObject("VirtualPC.Application")
Set vm = objVPC.CreateVirtualMachine("NEW-VM", "C:\VMs\NEW-VM")
WScript.Echo "Created " & vm.Name & ": State " & vm.State & ", Memory " & vm.Memory & _
    ", VMs " & objVPC.VirtualMachines.Count
Set task = vm.Startup()
task.WaitForCompletion -1
WScript.Echo "Startup: Result " & task.Result & ", State " & vm.State
Set task = vm.TurnOff()
task.WaitForCompletion -1
WScript.Echo "TurnOff: Result " & task.Result & ", State " & vm.State
objVPC.DeleteVirtualMachine vm
WScript.Echo "Deleted: FindVirtualMachine gives Nothing: " & _
    (objVPC.FindVirtualMachine("NEW-VM") Is Nothing) & ", VMs " & objVPC.VirtualMachines.Count

Set vm = objVPC.CreateVirtualMachine("", "C:\VMs\OTHER-VM\OTHER-VM.vmc")
WScript.Echo "Created " & vm.Name
objVPC.UnregisterVirtualMachine vm
WScript.Echo "Unregistered: " & (objVPC.FindVirtualMachine("OTHER-VM") Is Nothing)

On Error Resume Next
Set vm = objVPC.CreateVirtualMachine("WEB01", "C:\VMs")
WScript.Echo "CreateVirtualMachine(""WEB01"") gives " & Hex(Err.Number) & ": " & Err.Description
Err.Clear
objVPC.DeleteVirtualMachine objVPC.FindVirtualMachine("WEB01")
WScript.Echo "DeleteVirtualMachine(WEB01) gives " & Hex(Err.Number) & ": " & Err.Description
