' E5 ported to Windows Virtual PC: IVMVirtualMachine.State.  Finds one virtual
' machine by name and prints its name and its numeric VMVMState.
Set objVS = CreateObject("VirtualPC.Application")
Set vm = objVS.FindVirtualMachine("Windows Server 2003")

Wscript.Echo vm.Name
Wscript.Echo vm.State
