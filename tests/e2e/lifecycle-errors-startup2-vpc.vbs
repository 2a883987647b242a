' Startup2 takes a VMStartupOption: vmStartupOption_Normal (0) or
' vmStartupOption_FixParentTimestampMismatch (1).  Any other value is an
' invalid argument (E_INVALIDARG), and like every failure it should come
' with a description naming the virtual machine, its host and the cause;
' the VM does not start.
On Error Resume Next

Set objVPC = CreateObject("VirtualPC.Application")
Set vm = objVPC.FindVirtualMachine("XP-TEST")
Set task = vm.Startup2(2)
Wscript.Echo "Startup2(2) of XP-TEST: " & Hex(Err.Number) & " | " & Err.Source & " | " & Err.Description
Err.Clear
Wscript.Echo "State " & vm.State
