' A report on every virtual machine: state, memory, notes and everything
' its accountant knows, read through the Windows Virtual PC object model,
' plus the scheduling members only Virtual Server has, read through
' VirtualServer.Application.  It ends with the bytes all VMs have sent.
'
'   wine-vpc run --hosts test://$PWD/examples/lab.xml examples/lab-report.vbs
'
' Byte counters count from the VM's last power-up, reset or restore; CPU
' history samples are one per second over the last minute, oldest first.
Option Explicit

Dim objVPC, objVS, vm, acct, acctVS, sent, total, count

Set objVPC = CreateObject("VirtualPC.Application")
Set objVS = CreateObject("VirtualServer.Application")

WScript.Echo objVPC.Name & " " & objVPC.Version & ": " & objVPC.VirtualMachines.Count & _
    " virtual machine(s)"
WScript.Echo "Host capacity not reserved by running VMs: " & objVS.AvailableSystemCapacity & " %"

total = 0
count = 0
For Each vm In objVPC.VirtualMachines
    Set acct = vm.Accountant
    Set acctVS = objVS.FindVirtualMachine(vm.Name).Accountant
    sent = acct.NetworkBytesSent

    WScript.Echo ""
    WScript.Echo vm.Name
    Field "State", StateName(vm.State)
    Field "Memory", vm.Memory & " MB"
    Field "Notes", vm.Notes
    Field "Up time", acct.UpTime & " s"
    Field "CPU utilization", acct.CPUUtilization & " %"
    Field "CPU history (60 s)", HistorySummary(acct.CPUUtilizationHistory)
    Field "Network bytes sent", sent
    Field "Network bytes received", acct.NetworkBytesReceived
    Field "Disk bytes read", acct.DiskBytesRead
    Field "Disk bytes written", acct.DiskBytesWritten
    Field "Relative weight", acctVS.RelativeWeight
    Field "Reserved capacity", acctVS.ReservedSystemCapacity & " % (at most " & _
        acctVS.AllowableReservedSystemCapacity & " %)"
    Field "Maximum capacity", acctVS.MaximumSystemCapacity & " % (at most " & _
        acctVS.AllowableMaximumSystemCapacity & " %)"

    total = total + sent
    count = count + 1
Next

WScript.Echo ""
WScript.Echo "Network bytes sent by all " & count & " virtual machine(s): " & total

' One "label: value" line, the values aligned.
Sub Field(label, value)
    WScript.Echo "  " & Left(label & Space(24), 24) & value
End Sub

' VMVMState as the Virtual Server documentation names its values.
Function StateName(state)
    Dim names
    names = Array("Invalid", "Turned Off", "Saved", "Turning On", "Restoring", "Running", _
                  "Paused", "Saving", "Turning Off", "Merging Drives", "Deleting Machine")
    If state >= 0 And state <= UBound(names) Then
        StateName = names(state) & " (" & state & ")"
    Else
        StateName = "Unknown (" & state & ")"
    End If
End Function

' The highest sample and the last ten seconds, oldest first.
Function HistorySummary(history)
    Dim value, peak, recent, i
    peak = 0
    recent = ""
    i = 0
    For Each value In history
        If value > peak Then peak = value
        If i >= UBound(history) - 9 Then recent = recent & " " & value
        i = i + 1
    Next
    HistorySummary = "peak " & peak & " %, last 10 s:" & recent
End Function
