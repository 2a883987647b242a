' Test input, as published: the example of the
' IVMVirtualMachine::NetworkAdapters property from Microsoft's Virtual
' Server 2005 reference:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualmachine-networkadapters
' Everything below this comment is the published code, unchanged.
Set objVS = CreateObject("VirtualServer.Application")
Set objVM = objVS.FindVirtualMachine("Windows Server 2003")
Set colNICs = objVM.NetworkAdapters

Wscript.Echo "VM Name: " & objVM.Name
WScript.Echo "Network adapters: " & colNICs.Count
