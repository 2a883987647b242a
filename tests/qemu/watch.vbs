' The real-QEMU layer: one VM's accountant read every 0.3 s or so for
' SECONDS seconds, one line per reading ("t=TIMER up=N sent=N received=N
' read=N written=N history=H1,...,H60").
'
'   watch.vbs VM SECONDS
'
' Copyright 2026 the wine-vpc authors
'
' This library is free software; you can redistribute it and/or
' modify it under the terms of the GNU Lesser General Public
' License as published by the Free Software Foundation; either
' version 2.1 of the License, or (at your option) any later version.

Set vpc = CreateObject("VirtualPC.Application")
Set acct = vpc.FindVirtualMachine(WScript.Arguments(0)).Accountant
started = Timer
Do While Timer - started < CDbl(WScript.Arguments(1)) And Timer >= started
    history = ""
    For Each sample In acct.CPUUtilizationHistory
        If history <> "" Then history = history & ","
        history = history & sample
    Next
    WScript.Echo "t=" & Timer & " up=" & acct.UpTime & " sent=" & acct.NetworkBytesSent & _
        " received=" & acct.NetworkBytesReceived & " read=" & acct.DiskBytesRead & _
        " written=" & acct.DiskBytesWritten & " history=" & history
    ' WScript.Sleep stops scripts under Wine 8: wait on Timer instead.
    t0 = Timer
    Do While Timer - t0 < 0.3 And Timer >= t0
    Loop
Loop
