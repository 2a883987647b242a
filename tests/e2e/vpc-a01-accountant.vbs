' A1 ported to Windows Virtual PC: the IVMAccountant dump without the five
' Virtual Server scheduling members.  For every virtual machine: its name,
' then the seven accountant properties, the CPU utilization history one
' numbered line per sample.
Set objVS = CreateObject("VirtualPC.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.CPUUtilization

    i = 1
    For Each x In acct.CPUUtilizationHistory
        Wscript.Echo i & " -- " & x
        i = i + 1
    Next

    Wscript.Echo acct.DiskBytesRead
    Wscript.Echo acct.DiskBytesWritten
    Wscript.Echo acct.NetworkBytesReceived
    Wscript.Echo acct.NetworkBytesSent
    Wscript.Echo acct.Uptime
    Wscript.Echo ""
Next
