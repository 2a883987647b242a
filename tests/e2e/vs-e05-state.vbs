' E5 (Virtual Server): IVMVirtualMachine.State.  Finds one virtual
' machine by name and prints its name and its numeric VMVMState.
Set objVS = CreateObject("VirtualServer.Application")
Set vm = objVS.FindVirtualMachine("Windows Server 2003")

Wscript.Echo vm.Name
Wscript.Echo vm.State
