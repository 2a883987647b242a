' Ours: Virtual Server's support drivers and remote console settings
' (IVMVirtualServer::SupportDrivers, VMRC*), read as an admin's inventory
' script reads them, against the inventory lab.
On Error Resume Next
Set objVS = CreateObject("VirtualServer.Application")

For Each objSD In objVS.SupportDrivers
  Wscript.Echo "Support driver: type " & objSD.Type & ", " & objSD.Description & " " & _
               objSD.Version & ", date [" & objSD.Date & "]"
Next
Wscript.Echo "VMRC enabled: " & objVS.VMRCEnabled
strAddress = objVS.VMRCAdminAddress
Wscript.Echo "VMRC admin address error: " & Hex(Err.Number) & " " & (InStr(Err.Description, "different addresses") > 0)
Err.Clear
For Each objAuth In objVS.VMRCAuthenticators
  Wscript.Echo "VMRC authenticator: " & objAuth.Name & " (type " & objAuth.Type & ")"
Next
Set objAuth = objVS.VMRCAuthenticator
Wscript.Echo "One authenticator error: " & Hex(Err.Number)
Err.Clear
Wscript.Echo "VMRC port: " & objVS.VMRCAdminPortNumber
Wscript.Echo "Port error: " & Hex(Err.Number)
