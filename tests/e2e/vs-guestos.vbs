' Test input, as published: the example of the IVMVirtualMachine::GuestOS
' property from Microsoft's Virtual Server 2005 reference:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualmachine-guestos
' Everything below this comment is the published code, unchanged.
Set objVS = CreateObject("VirtualServer.Application")
Set objVM = objVS.FindVirtualMachine("Windows Server 2003")
Set objGuest = objVM.GuestOS

Wscript.Echo "VM Name: " & objVM.Name
If objGuest.Name = 0 Then
  WScript.Echo "Operating System: [none]"
Else
  WScript.Echo "Operating System: " & objGuest.Name
End If
