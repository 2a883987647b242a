' Ours, not Microsoft's: the Windows Virtual PC reference publishes no
' example.  vs-guestos.vbs (the IVMVirtualMachine::GuestOS page's example)
' with VirtualPC.Application and the member the interface documents,
' OSName, where the published example reads Name, which no page documents;
' then the version members Windows Virtual PC adds.  Published example:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualmachine-guestos
Set objVPC = CreateObject("VirtualPC.Application")
Set objVM = objVPC.FindVirtualMachine("Windows Server 2003")
Set objGuest = objVM.GuestOS

Wscript.Echo "VM Name: " & objVM.Name
If objGuest.OSName = "" Then
  WScript.Echo "Operating System: [none]"
Else
  WScript.Echo "Operating System: " & objGuest.OSName
End If
WScript.Echo "Version: " & objGuest.OSVersion & " (" & objGuest.OSMajorVersion & "." & objGuest.OSMinorVersion & ")"
WScript.Echo "Can shut down: " & objGuest.CanShutdown
