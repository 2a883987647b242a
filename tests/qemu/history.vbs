' The real-QEMU layer: COUNT readings of one VM's CPUUtilization and the
' newest ten seconds of its CPUUtilizationHistory, about 0.35 s apart (so
' that they fall at every phase of the backend's 1 Hz sampling), one line
' each: "cpu=N recent=H51,...,H60 all=H1,...,H60".
'
'   history.vbs VM COUNT
'
' Copyright 2026 the wine-vpc authors
'
' This library is free software; you can redistribute it and/or
' modify it under the terms of the GNU Lesser General Public
' License as published by the Free Software Foundation; either
' version 2.1 of the License, or (at your option) any later version.

Set vpc = CreateObject("VirtualPC.Application")
Set acct = vpc.FindVirtualMachine(WScript.Arguments(0)).Accountant
For i = 1 To CInt(WScript.Arguments(1))
    recent = ""
    all = ""
    k = 0
    For Each sample In acct.CPUUtilizationHistory
        k = k + 1
        If k > 50 Then
            If recent <> "" Then recent = recent & ","
            recent = recent & sample
        End If
        If all <> "" Then all = all & ","
        all = all & sample
    Next
    WScript.Echo "cpu=" & acct.CPUUtilization & " recent=" & recent & " all=" & all
    ' WScript.Sleep stops scripts under Wine 8: wait on Timer instead.
    t0 = Timer
    Do While Timer - t0 < 0.35 And Timer >= t0
    Loop
Next
