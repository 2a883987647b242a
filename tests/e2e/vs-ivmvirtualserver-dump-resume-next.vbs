' Test input, as published: the example "displays the current property
' values of the IVMVirtualServer object" from Microsoft's Virtual Server
' 2005 reference, IVMVirtualServer interface page:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualserver
' Below: the published code, unchanged, after one line of ours, On Error
' Resume Next, so that it runs to the end past members wine-vpc cannot
' honestly answer (their statements print nothing).
On Error Resume Next
Set objVS = CreateObject("VirtualServer.Application")

Wscript.Echo "Available system capacity: " & objVS.AvailableSystemCapacity

Wscript.Echo "Default Locale: " & CInt(objVS.DefaultLocale)

Wscript.Echo "Default VM configuration path: " & objVS.DefaultVMConfigurationPath

Wscript.Echo "Default VN configuration path: " & objVS.DefaultVNConfigurationPath

Set objHI = objVS.HostInfo
Wscript.Echo "Host info:"
Wscript.Echo "    Host operating system: " & objHI.OperatingSystem
Wscript.Echo "    Host operating system version: " & objHI.OSMajorVersion & "." & objHI.OSMinorVersion
Wscript.Echo "    Number of processors on host: " & objHI.PhysicalProcessorCount

Wscript.Echo "Maximum floppy drives per VM: " & objVS.MaximumFloppyDrivesPerVM

Wscript.Echo "Maximum memory per VM: " & objVS.MaximumMemoryPerVM

Wscript.Echo "Maximum network adapters per VM: " & objVS.MaximumNetworkAdaptersPerVM

Wscript.Echo "Maximum number of IDE buses: " & objVS.MaximumNumberOfIDEBuses

Wscript.Echo "Maximum number of SCSI controllers: " & objVS.MaximumNumberOfSCSIControllers

Wscript.Echo "Maximum parallel ports per VM: " & objVS.MaximumParallelPortsPerVM

Wscript.Echo "Maximum serial ports per VM: " & objVS.MaximumSerialPortsPerVM

Wscript.Echo "Minimum memory per VM: " & objVS.MinimumMemoryPerVM

Wscript.Echo "Name: " & objVS.Name

Wscript.Echo "Product ID: " & objVS.ProductID

Dim allPaths
allPaths = objVS.SearchPaths
If UBound (allPaths) = -1 Then
  Wscript.Echo "File search paths: [empty]"
Else
  Wscript.Echo "File search paths: "
  For i = LBound(allPaths) to UBound(allPaths)
    wscript.echo "    " & allPaths(i)
  Next
End If

Set objSec = objVS.Security
Wscript.Echo "Security principle: "
Wscript.Echo "    Owner Name: " & objSec.OwnerName
Wscript.Echo "    Owner SID: " & objSec.OwnerSID
Wscript.Echo "    Group Name: " & objSec.GroupName
Wscript.Echo "    Group SID: " & objSec.GroupSID
Wscript.Echo "Suggested maximum memory per VM: " & objVS.SuggestedMaximumMemoryPerVM

Set objSDColl = objVS.SupportDrivers
If objSDColl.Count > 0 Then
  Wscript.Echo "Support drivers: "
  For Each objSD in objSDColl
    Wscript.Echo "    Type: " & objSD.Type & " (" & objSD.Description & ")"
  Next
End If

Set objTColl = objVS.Tasks
If objTColl.Count = 0 Then
  Wscript.Echo "Current tasks: [none]"
Else
  Wscript.Echo "Current tasks: "
  For Each objT in objTColl
    Wscript.Echo "    Task: " & objT.ID & ":" & objT.Description
  Next
End If

Set objUNA = objVS.UnconnectedNetworkAdapters
Wscript.Echo "Unconnected network adapters: " & objUNA.Count
Wscript.Echo "Uptime: " & objVS.Uptime
Wscript.Echo "Version: " & objVS.Version

Set objVMColl = objVS.VirtualMachines
If objVMColl.Count = 0 Then
  Wscript.Echo "    Virtual machines: [none]"
Else
  Wscript.Echo "Virtual machines: " & objVMColl.Count
  For Each objVM in objVMColl
    Wscript.Echo "    Name: " & objVM.Name
  Next
End If

Set objVNColl = objVS.VirtualNetworks
If objVNColl.Count = 0 Then
  Wscript.Echo "Virtual networks: [none]"
Else
  Wscript.Echo "Virtual networks: " & objVNColl.Count
  For Each objVN in objVNColl
    Wscript.Echo "    Name: " & objVN.Name
  Next
End If

If objVS.VMRCAdminAddress = "" Then
  Wscript.Echo "VMRC admin address: [all]"
Else
  Wscript.Echo "VMRC admin address: " & objVS.VMRCAdminAddress
End If

Wscript.Echo "VMRC admin port number: " & objVS.VMRCAdminPortNumber

Set objVMA = objVS.VMRCAuthenticator
Wscript.Echo "Current VMRC authenticator: " & objVMA.Name & " (" & objVMA.Description & ")"

Set objVMAColl = objVS.VMRCAuthenticators
Dim objAuth
If isNUll(objVMAColl) Then
  Wscript.Echo "VMRC authenticators: [none]"
Else
  Wscript.Echo "VMRC authenticators: "
  For Each objAuth in objVMAColl
    Wscript.Echo "    Name: " & objAuth.Name & " (" & objAuth.Description & ")"
  Next
End If

Wscript.Echo "VMRC enabled: " & objVS.VMRCEnabled

If objVS.VMRCEncryptionCertificate = "" Then
  Wscript.Echo "VMRC encryption certificate: [none]"
Else
  Wscript.Echo "VMRC encryption certificate: " & objVS.VMRCEncryptionCertificate
End If

If objVS.VMRCEncryptionCertificateRequest = "" Then
  Wscript.Echo "VMRC encryption certificate request: [none]"
Else
  Wscript.Echo "VMRC encryption certificate request: " & objVS.VMRCEncryptionCertificateRequest
End If

Wscript.Echo "VMRC encryption enabled: " & objVS.VMRCEncryptionEnabled

Wscript.Echo "VMRC idle connection timeout: " & objVS.VMRCIdleConnectionTimeout

Wscript.Echo "VMRC idle connection timeout enabled: " & objVS.VMRCIdleConnectionTimeoutEnabled

Wscript.Echo "VMRC X-Resolution: " & objVS.VMRCXResolution

Wscript.Echo "VMRC Y-Resolution: " & objVS.VMRCYResolution

Wscript.Echo "Virtual machine scripts enabled: " & objVS.VMScriptsEnabled

Wscript.Echo "Virtual server event scripts enabled: " & objVS.VSScriptsEnabled
