' A script that keeps reading is served the newest sample without waiting
' for a new one; a read after a pause is fresh.  The host is sampled only
' every 5 s here (WINE_VPC_TEST_SAMPLE_INTERVAL), so only reads can cause
' a new sample; WEB01 sends 50000 bytes a second.
Set vpc = CreateObject("VirtualPC.Application")
Set acct = vpc.FindVirtualMachine("WEB01").Accountant

Sub Pause(seconds)
    Dim t0
    t0 = Timer
    Do While Timer - t0 < seconds And Timer >= t0
    Loop
End Sub

' Past the sample that follows the first one after half a second.
x = acct.NetworkBytesSent
Pause 1
first = acct.NetworkBytesSent

changed = 0
reads = 0
t0 = Timer
Do While Timer - t0 < 1.5 And Timer >= t0
    If acct.NetworkBytesSent <> first Then changed = changed + 1
    reads = reads + 1
Loop
WScript.Echo "reading on for 1.5 s: " & (reads > 100) & ", values that changed: " & changed

Pause 0.8
WScript.Echo "after a pause, a new sample: " & (acct.NetworkBytesSent > first)
