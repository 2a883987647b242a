' Test input, as published: the example of the IVMVirtualServer::HostInfo
' property from Microsoft's Virtual Server 2005 reference:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualserver-hostinfo
' Everything below this comment is the published code, unchanged.
Set objVS = CreateObject("VirtualServer.Application")

Wscript.Echo "Name: " & objVS.Name
Set objHI = objVS.HostInfo
Wscript.Echo "Host info:"
Wscript.Echo "    Host operating system: " & objHI.OperatingSystem
Wscript.Echo "    Host operating system version: " & _
             objHI.OSMajorVersion & "." & objHI.OSMinorVersion
Wscript.Echo "    Number of processors on host: " & _
             objHI.PhysicalProcessorCount
