' A15 then A4 in one script: the server's available capacity first, then,
' a moment later (the 0.2 s a longer script spends on other members before
' it enumerates the VMs), the CPU utilization of every VM.  The first reading
' of CPUUtilization must be a measured one, as when the script starts with
' VirtualMachines.
Set objVS = CreateObject("VirtualServer.Application")
Wscript.Echo objVS.Name
Wscript.Echo objVS.AvailableSystemCapacity

t = Timer
Do While Timer - t < 0.2 And Timer >= t
Loop

Set colVMs = objVS.VirtualMachines
For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.CPUUtilization
    Wscript.Echo ""
Next
