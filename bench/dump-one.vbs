' Benchmark: the loop of bench/dump-all.vbs reading one accountant property
' (NetworkBytesSent) instead of twelve.  Same VMs, same snapshots: the
' libvirt calls must not depend on how many properties a script reads.
Option Explicit
Dim objVS, colVMs, objVM, objAcct

Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each objVM In colVMs
    Set objAcct = objVM.Accountant
    WScript.Echo objVM.Name & ": " & objAcct.NetworkBytesSent
Next
