' The real-QEMU layer: what the accountant says of every VM, one line each
' ("NAME state=S sent=N received=N read=N written=N cpu=N uptime=N
' history=H1,...,H60"), all read from one snapshot.
'
' Copyright 2026 the wine-vpc authors
'
' This library is free software; you can redistribute it and/or
' modify it under the terms of the GNU Lesser General Public
' License as published by the Free Software Foundation; either
' version 2.1 of the License, or (at your option) any later version.

Set vpc = CreateObject("VirtualPC.Application")
For Each vm In vpc.VirtualMachines
    Set acct = vm.Accountant
    history = ""
    For Each sample In acct.CPUUtilizationHistory
        If history <> "" Then history = history & ","
        history = history & sample
    Next
    WScript.Echo vm.Name & " state=" & vm.State & " sent=" & acct.NetworkBytesSent & _
        " received=" & acct.NetworkBytesReceived & " read=" & acct.DiskBytesRead & _
        " written=" & acct.DiskBytesWritten & " cpu=" & acct.CPUUtilization & _
        " uptime=" & acct.UpTime & " history=" & history
Next
