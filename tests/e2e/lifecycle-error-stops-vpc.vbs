' Without On Error, a lifecycle call in the wrong state stops the script,
' and the runner names the virtual machine and its host: WEB01 is already
' running, so Startup fails with VM_E_VM_RUNNING.
Set objVPC = CreateObject("VirtualPC.Application")
Set vm = objVPC.FindVirtualMachine("WEB01")
Wscript.Echo vm.Name & ": State " & vm.State
Set task = vm.Startup()
Wscript.Echo "not reached: " & task.Description
