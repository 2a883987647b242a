' Benchmark analysis: the COM side of bench/dump-all.vbs without its output.
' Reads the same twelve accountant properties of every VM (and walks the
' sixty samples of CPUUtilizationHistory) but echoes nothing but a count.
Option Explicit
Dim objVS, colVMs, objVM, objAcct, varValue, bytSample, intSamples

Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines
intSamples = 0

For Each objVM In colVMs
    Set objAcct = objVM.Accountant
    varValue = objVM.Name
    varValue = objAcct.AllowableMaximumSystemCapacity
    varValue = objAcct.AllowableReservedSystemCapacity
    varValue = objAcct.CPUUtilization
    For Each bytSample In objAcct.CPUUtilizationHistory
        intSamples = intSamples + 1
    Next
    varValue = objAcct.DiskBytesRead
    varValue = objAcct.DiskBytesWritten
    varValue = objAcct.MaximumSystemCapacity
    varValue = objAcct.NetworkBytesReceived
    varValue = objAcct.NetworkBytesSent
    varValue = objAcct.RelativeWeight
    varValue = objAcct.ReservedSystemCapacity
    varValue = objAcct.Uptime
Next
WScript.Echo intSamples & " samples"
