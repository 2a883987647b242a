' Ours, not Microsoft's: the Windows Virtual PC reference publishes no
' example.  This is vs-ivmvirtualserver-dump.vbs (the IVMVirtualServer
' interface page's example) ported to VirtualPC.Application: the members
' Windows Virtual PC lacks (DefaultLocale, DefaultVNConfigurationPath,
' AvailableSystemCapacity, MaximumNumberOfSCSIControllers, ProductID,
' Security, SupportDrivers, the VMRC and script members) are left out and
' its host USB devices are listed at the end; On Error Resume Next lets
' it run past the members wine-vpc cannot honestly answer.  Published
' example:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualserver
On Error Resume Next
Set objVPC = CreateObject("VirtualPC.Application")

Wscript.Echo "Default VM configuration path: " & objVPC.DefaultVMConfigurationPath

Set objHI = objVPC.HostInfo
Wscript.Echo "Host info:"
Wscript.Echo "    Host operating system: " & objHI.OperatingSystem
Wscript.Echo "    Host operating system version: " & objHI.OSMajorVersion & "." & objHI.OSMinorVersion
Wscript.Echo "    Number of processors on host: " & objHI.PhysicalProcessorCount

Wscript.Echo "Maximum floppy drives per VM: " & objVPC.MaximumFloppyDrivesPerVM

Wscript.Echo "Maximum memory per VM: " & objVPC.MaximumMemoryPerVM

Wscript.Echo "Maximum network adapters per VM: " & objVPC.MaximumNetworkAdaptersPerVM

Wscript.Echo "Maximum number of IDE buses: " & objVPC.MaximumNumberOfIDEBuses

Wscript.Echo "Maximum parallel ports per VM: " & objVPC.MaximumParallelPortsPerVM

Wscript.Echo "Maximum serial ports per VM: " & objVPC.MaximumSerialPortsPerVM

Wscript.Echo "Minimum memory per VM: " & objVPC.MinimumMemoryPerVM

Wscript.Echo "Name: " & objVPC.Name

Dim allPaths
allPaths = objVPC.SearchPaths
If UBound (allPaths) = -1 Then
  Wscript.Echo "File search paths: [empty]"
Else
  Wscript.Echo "File search paths: "
  For i = LBound(allPaths) to UBound(allPaths)
    wscript.echo "    " & allPaths(i)
  Next
End If

Wscript.Echo "Suggested maximum memory per VM: " & objVPC.SuggestedMaximumMemoryPerVM

Set objTColl = objVPC.Tasks
If objTColl.Count = 0 Then
  Wscript.Echo "Current tasks: [none]"
Else
  Wscript.Echo "Current tasks: "
  For Each objT in objTColl
    Wscript.Echo "    Task: " & objT.ID & ":" & objT.Description
  Next
End If

Set objUNA = objVPC.UnconnectedNetworkAdapters
Wscript.Echo "Unconnected network adapters: " & objUNA.Count
Wscript.Echo "Uptime: " & objVPC.Uptime
Wscript.Echo "Version: " & objVPC.Version

Set objVMColl = objVPC.VirtualMachines
If objVMColl.Count = 0 Then
  Wscript.Echo "    Virtual machines: [none]"
Else
  Wscript.Echo "Virtual machines: " & objVMColl.Count
  For Each objVM in objVMColl
    Wscript.Echo "    Name: " & objVM.Name
  Next
End If

Set objVNColl = objVPC.VirtualNetworks
If objVNColl.Count = 0 Then
  Wscript.Echo "Virtual networks: [none]"
Else
  Wscript.Echo "Virtual networks: " & objVNColl.Count
  For Each objVN in objVNColl
    Wscript.Echo "    Name: " & objVN.Name
  Next
End If

Set colUSB = objVPC.USBDeviceCollection
Wscript.Echo "USB devices: " & colUSB.Count
For Each objUSB in colUSB
  Wscript.Echo "    " & objUSB.ManufacturerString & " " & objUSB.DeviceString & _
               " (class " & objUSB.DeviceClass & ", hub " & objUSB.HubID & _
               ", port " & objUSB.Port & "), attached to: " & objUSB.AttachedToVM
Next
