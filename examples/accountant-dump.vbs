' The Virtual Server 2005 example for IVMAccountant: for every virtual
' machine, its name and all twelve accountant properties in the documented
' order, the CPU utilization history as sixty numbered per-second samples
' (oldest first), then a blank line.
'
'   wine-vpc run --hosts test://$PWD/examples/lab.xml examples/accountant-dump.vbs
'
' Capacities are percents of the host (Doubles), byte counters Decimals
' counted since the VM was powered up, reset or restored, Uptime seconds.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.AllowableMaximumSystemCapacity
    Wscript.Echo acct.AllowableReservedSystemCapacity
    Wscript.Echo acct.CPUUtilization

    i = 1
    For Each x In acct.CPUUtilizationHistory
        Wscript.Echo i & " -- " & x
        i = i + 1
    Next

    Wscript.Echo acct.DiskBytesRead
    Wscript.Echo acct.DiskBytesWritten
    Wscript.Echo acct.MaximumSystemCapacity
    Wscript.Echo acct.NetworkBytesReceived
    Wscript.Echo acct.NetworkBytesSent
    Wscript.Echo acct.RelativeWeight
    Wscript.Echo acct.ReservedSystemCapacity
    Wscript.Echo acct.Uptime
    Wscript.Echo
Next
