' Benchmark: the full accountant dump with one line per virtual machine,
' the shape of bench/native-dump's output: the name, all twelve accountant
' properties and the sixty history samples, comma-separated.  bench/run
' compares its cost per VM with native-dump's; bench/dump-all.vbs prints
' the same values in the layout of Microsoft's example, 73 lines per VM,
' where Wine's WScript.Echo dominates.
Option Explicit
Dim objVS, objVM, objAcct, bytSample, strHistory

Set objVS = CreateObject("VirtualServer.Application")

For Each objVM In objVS.VirtualMachines
    Set objAcct = objVM.Accountant
    strHistory = ""
    For Each bytSample In objAcct.CPUUtilizationHistory
        strHistory = strHistory & "," & bytSample
    Next
    WScript.Echo objVM.Name & _
        " AllowableMaximumSystemCapacity=" & objAcct.AllowableMaximumSystemCapacity & _
        " AllowableReservedSystemCapacity=" & objAcct.AllowableReservedSystemCapacity & _
        " CPUUtilization=" & objAcct.CPUUtilization & _
        " DiskBytesRead=" & objAcct.DiskBytesRead & _
        " DiskBytesWritten=" & objAcct.DiskBytesWritten & _
        " MaximumSystemCapacity=" & objAcct.MaximumSystemCapacity & _
        " NetworkBytesReceived=" & objAcct.NetworkBytesReceived & _
        " NetworkBytesSent=" & objAcct.NetworkBytesSent & _
        " RelativeWeight=" & objAcct.RelativeWeight & _
        " ReservedSystemCapacity=" & objAcct.ReservedSystemCapacity & _
        " Uptime=" & objAcct.Uptime & _
        " CPUUtilizationHistory=" & Mid(strHistory, 2)
Next
