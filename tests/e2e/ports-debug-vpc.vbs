' Prepare the virtual machines for kernel debugging, as administrators'
' scripts do: the first serial port of each VM that is off becomes the named
' pipe \\.\pipe\<VM name>, which the debugger on the host opens, the second
' one logs to a text file, and the parallel port goes to the host's LPT1.
Const vmSerialPort_TextFile = 1
Const vmSerialPort_NamedPipe = 2
Set objVPC = CreateObject("VirtualPC.Application")
Set fso = CreateObject("Scripting.FileSystemObject")
strLogs = "C:\VMs\Logs"
If Not fso.FolderExists("C:\VMs") Then fso.CreateFolder "C:\VMs"
If Not fso.FolderExists(strLogs) Then fso.CreateFolder strLogs

For Each objVM In objVPC.VirtualMachines
    WScript.Echo objVM.Name & ": " & objVM.SerialPorts.Count & " serial port(s), " & _
        objVM.ParallelPorts.Count & " parallel port(s)"
    On Error Resume Next
    n = 0
    For Each objPort In objVM.SerialPorts
        n = n + 1
        If n = 1 Then
            objPort.Configure vmSerialPort_NamedPipe, "\\.\pipe\" & objVM.Name, False
        Else
            objPort.Configure vmSerialPort_TextFile, strLogs & "\" & objVM.Name & "-com" & n & ".txt", False
        End If
        If Err.Number <> 0 Then
            WScript.Echo "  COM" & n & ": error " & Hex(Err.Number) & ": " & Err.Description
        Else
            WScript.Echo "  COM" & n & ": type " & objPort.Type & ", " & objPort.Name
        End If
        Err.Clear
    Next
    For Each objPort In objVM.ParallelPorts
        objPort.Name = "LPT1"
        If Err.Number <> 0 Then
            WScript.Echo "  LPT1: error " & Hex(Err.Number) & ": " & Err.Description
        Else
            WScript.Echo "  parallel port: " & objPort.Name
        End If
        Err.Clear
    Next
    On Error GoTo 0
Next

' A second port on the same pipe is refused.
Set objVM = objVPC.FindVirtualMachine("PORTS-OFF")
On Error Resume Next
objVM.SerialPorts(2).Configure vmSerialPort_NamedPipe, "\\.\pipe\PORTS-OFF", False
WScript.Echo "The same pipe twice: " & Hex(Err.Number)
Err.Clear
objVM.SerialPorts(1).Configure 0, "COM1", False
WScript.Echo "A host port that waits for the modem: " & Hex(Err.Number)
On Error GoTo 0
