' Benchmark baseline for bench/inventory.vbs: the same walk over every
' virtual machine reading only what the accountant's snapshot serves (name,
' state, memory), one line per VM.
Option Explicit
Dim objVS, objVM

Set objVS = CreateObject("VirtualServer.Application")
For Each objVM In objVS.VirtualMachines
    WScript.Echo objVM.Name & "|" & objVM.State & "|" & objVM.Memory
Next
