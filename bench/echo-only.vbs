' Benchmark analysis: the output side of bench/dump-all.vbs without COM.
' For N "virtual machines" (the first argument), echoes lines of the same
' shapes as the full dump (a name, eleven labelled values, a heading and
' sixty numbered samples), with made-up values and no object created.
Option Explicit
Dim intVMs, intVM, intSample, decBytes

intVMs = CLng(WScript.Arguments(0))
decBytes = "179522882418160"

For intVM = 1 To intVMs
    WScript.Echo "Virtual machine: " & "vm" & Right("0000" & intVM, 5)
    WScript.Echo "  AllowableMaximumSystemCapacity:  " & 6.25
    WScript.Echo "  AllowableReservedSystemCapacity: " & 6.25
    WScript.Echo "  CPUUtilization:                  " & 100
    WScript.Echo "  CPUUtilizationHistory:"
    For intSample = 1 To 60
        WScript.Echo "    " & intSample & " -- " & 100
    Next
    WScript.Echo "  DiskBytesRead:                   " & decBytes
    WScript.Echo "  DiskBytesWritten:                " & decBytes
    WScript.Echo "  MaximumSystemCapacity:           " & 6.25
    WScript.Echo "  NetworkBytesReceived:            " & decBytes
    WScript.Echo "  NetworkBytesSent:                " & decBytes
    WScript.Echo "  RelativeWeight:                  " & 100
    WScript.Echo "  ReservedSystemCapacity:          " & 0
    WScript.Echo "  Uptime:                          " & 3600
Next
