' Test input, as published: the example of the IVMVirtualServer::Tasks
' property from Microsoft's Virtual Server 2005 reference:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualserver-tasks
' Everything below this comment is the published code, unchanged.
Set objVS = CreateObject("VirtualServer.Application")
Wscript.Echo "Name: " & objVS.Name

Set objTColl = objVS.Tasks
If objTColl.Count = 0 Then
  Wscript.Echo "Current tasks: [none]"
Else
  Wscript.Echo "Current tasks: "
  For Each objT in objTColl
    Wscript.Echo "    Task: " & objT.ID & ":" & objT.Description
  Next
End If
