' Benchmark: the full accountant dump of Virtual Server 2005 (the logic of
' Microsoft's IVMAccountant example): for every virtual machine, its name
' and all twelve accountant properties, the CPU utilization history as
' sixty numbered per-second samples, oldest first.  bench/run runs it with
' stdout to /dev/null and compares it with bench/dump-one.vbs, which walks
' the same VMs and reads one property.
Option Explicit
Dim objVS, colVMs, objVM, objAcct, intSample, bytSample

Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each objVM In colVMs
    Set objAcct = objVM.Accountant
    WScript.Echo "Virtual machine: " & objVM.Name
    WScript.Echo "  AllowableMaximumSystemCapacity:  " & objAcct.AllowableMaximumSystemCapacity
    WScript.Echo "  AllowableReservedSystemCapacity: " & objAcct.AllowableReservedSystemCapacity
    WScript.Echo "  CPUUtilization:                  " & objAcct.CPUUtilization
    WScript.Echo "  CPUUtilizationHistory:"
    intSample = 1
    For Each bytSample In objAcct.CPUUtilizationHistory
        WScript.Echo "    " & intSample & " -- " & bytSample
        intSample = intSample + 1
    Next
    WScript.Echo "  DiskBytesRead:                   " & objAcct.DiskBytesRead
    WScript.Echo "  DiskBytesWritten:                " & objAcct.DiskBytesWritten
    WScript.Echo "  MaximumSystemCapacity:           " & objAcct.MaximumSystemCapacity
    WScript.Echo "  NetworkBytesReceived:            " & objAcct.NetworkBytesReceived
    WScript.Echo "  NetworkBytesSent:                " & objAcct.NetworkBytesSent
    WScript.Echo "  RelativeWeight:                  " & objAcct.RelativeWeight
    WScript.Echo "  ReservedSystemCapacity:          " & objAcct.ReservedSystemCapacity
    WScript.Echo "  Uptime:                          " & objAcct.Uptime
Next
