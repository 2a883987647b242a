' E7 (Virtual Server): IVMVirtualMachine.Name.  Finds one virtual
' machine by name and prints the name it reports.
Set objVS = CreateObject("VirtualServer.Application")
Set vm = objVS.FindVirtualMachine("Windows Server 2003")

Wscript.Echo vm.Name
