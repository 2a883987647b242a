' E7 ported to Windows Virtual PC: IVMVirtualMachine.Name.  Finds one virtual
' machine by name and prints the name it reports.
Set objVS = CreateObject("VirtualPC.Application")
Set vm = objVS.FindVirtualMachine("Windows Server 2003")

Wscript.Echo vm.Name
