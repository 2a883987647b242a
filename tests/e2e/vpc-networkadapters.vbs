' Ours, not Microsoft's: the Windows Virtual PC reference publishes no
' example.  vs-networkadapters.vbs (the IVMVirtualMachine::NetworkAdapters
' page's example) with VirtualPC.Application, then each adapter's address
' and network.  Published example:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualmachine-networkadapters
Set objVPC = CreateObject("VirtualPC.Application")
Set objVM = objVPC.FindVirtualMachine("Windows Server 2003")
Set colNICs = objVM.NetworkAdapters

Wscript.Echo "VM Name: " & objVM.Name
WScript.Echo "Network adapters: " & colNICs.Count
For Each objNIC In colNICs
  Set objVN = objNIC.VirtualNetwork
  If objVN Is Nothing Then
    WScript.Echo "    " & objNIC.EthernetAddress & ": [not on a virtual network]"
  Else
    WScript.Echo "    " & objNIC.EthernetAddress & ": " & objVN.Name
  End If
Next
