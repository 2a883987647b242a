' Ours, not Microsoft's: the Windows Virtual PC reference publishes no
' example.  vs-hostinfo.vbs (the IVMVirtualServer::HostInfo page's example)
' with VirtualPC.Application, then the other IVMHostInfo members a host
' inventory reads.  Published example:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualserver-hostinfo
Set objVPC = CreateObject("VirtualPC.Application")

Wscript.Echo "Name: " & objVPC.Name
Set objHI = objVPC.HostInfo
Wscript.Echo "Host info:"
Wscript.Echo "    Host operating system: " & objHI.OperatingSystem
Wscript.Echo "    Host operating system version: " & _
             objHI.OSMajorVersion & "." & objHI.OSMinorVersion
Wscript.Echo "    Number of processors on host: " & _
             objHI.PhysicalProcessorCount
Wscript.Echo "    Logical processors: " & objHI.LogicalProcessorCount
Wscript.Echo "    Processor speed: " & objHI.ProcessorSpeed & " (" & objHI.ProcessorSpeedString & ")"
Wscript.Echo "    Memory: " & objHI.Memory & " MB (" & objHI.MemoryTotalString & ")"
For Each strNIC In objHI.NetworkAdapters
  Wscript.Echo "    Network adapter: " & strNIC
Next
For Each strAddress In objHI.NetworkAddresses
  Wscript.Echo "    Network address: " & strAddress
Next
For Each strDrive In objHI.DVDDrives
  Wscript.Echo "    CD/DVD drive: " & strDrive
Next
For Each strDrive In objHI.FloppyDrives
  Wscript.Echo "    Floppy drive: " & strDrive
Next
