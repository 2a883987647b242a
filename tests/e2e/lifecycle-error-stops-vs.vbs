' Without On Error, a lifecycle call in the wrong state stops the script,
' and the runner names the virtual machine and its host: XP-TEST is shut
' off, so TurnOff fails with VM_E_VM_NOT_RUNNING.
Set objVS = CreateObject("VirtualServer.Application")
Set vm = objVS.FindVirtualMachine("XP-TEST")
Wscript.Echo vm.Name & ": State " & vm.State
Set task = vm.TurnOff()
Wscript.Echo "not reached: " & task.Description
