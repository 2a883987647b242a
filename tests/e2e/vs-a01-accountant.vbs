' A1 (Virtual Server): the IVMAccountant dump.  For every virtual machine:
' its name, then all twelve accountant properties in the documented order,
' the CPU utilization history one numbered line per sample.
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
    Wscript.Echo ""
Next
