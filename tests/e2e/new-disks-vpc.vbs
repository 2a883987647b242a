' Provision a virtual machine's disks, as setup scripts do: a dynamically
' expanding system disk, a differencing disk over it and a fixed data disk
' are created in the image folder (the first argument), each task waited
' for; the disks are read back and listed, connected to a new virtual
' machine, listed, and disconnected again before the VM is deleted.
Set objVPC = CreateObject("VirtualPC.Application")
strFolder = WScript.Arguments(0)

Function FileName(strPath)
    FileName = Mid(strPath, InStrRev(strPath, "\") + 1)
End Function

Sub WaitFor(objTask)
    objTask.WaitForCompletion -1
    WScript.Echo objTask.Description & ": complete " & objTask.IsComplete & _
        ", result " & objTask.Result
End Sub

WaitFor objVPC.CreateDynamicVirtualHardDisk(strFolder & "\system.vhd", 64)
WaitFor objVPC.CreateDifferencingVirtualHardDisk(strFolder & "\undo.vhd", strFolder & "\system.vhd")
WaitFor objVPC.CreateFixedVirtualHardDisk(strFolder & "\data.vhd", 16)

For Each strName In Array("system.vhd", "undo.vhd", "data.vhd")
    Set objDisk = objVPC.GetHardDisk(strFolder & "\" & strName)
    strLine = FileName(objDisk.File) & ": type " & objDisk.Type & ", " & _
        Int(objDisk.SizeInGuest / 1048576) & " MB"
    If Not objDisk.Parent Is Nothing Then strLine = strLine & ", parent " & FileName(objDisk.Parent.File)
    WScript.Echo strLine
Next

strLine = "Known disks:"
For Each strPath In objVPC.GetHardDiskFiles(Array(strFolder))
    strLine = strLine & " " & FileName(strPath)
Next
WScript.Echo strLine

On Error Resume Next
objVPC.CreateDynamicVirtualHardDisk strFolder & "\system.vhd", 64
WScript.Echo "An existing file: " & Hex(Err.Number)
Err.Clear
objVPC.CreateFixedVirtualHardDisk strFolder & "\huge.vhd", 3000000
WScript.Echo "Too large: " & Hex(Err.Number)
Err.Clear
objVPC.CreateDifferencingVirtualHardDisk strFolder & "\orphan.vhd", strFolder & "\missing.vhd"
WScript.Echo "A missing parent: " & Hex(Err.Number)
Err.Clear
Set objDisk = objVPC.GetHardDisk(strFolder & "\huge.vhd")
WScript.Echo "Nothing made: " & Hex(Err.Number)
Err.Clear
On Error GoTo 0

Set vm = objVPC.CreateVirtualMachine("VHD-VM", strFolder)
Set objSystem = vm.AddHardDiskConnection(strFolder & "\undo.vhd", 0, 0)
Set objData = vm.AddHardDiskConnection(strFolder & "\data.vhd", 0, 1)
WScript.Echo vm.Name & ": " & vm.HardDiskConnections.Count & " hard disk connection(s)"
For Each objConn In vm.HardDiskConnections
    WScript.Echo "  bus " & objConn.BusNumber & ", device " & objConn.DeviceNumber & ": " & _
        FileName(objConn.HardDisk.File)
Next
vm.RemoveHardDiskConnection objData
vm.RemoveHardDiskConnection objSystem
objVPC.DeleteVirtualMachine vm
WScript.Echo "VHD-VM deleted; data.vhd kept: type " & objVPC.GetHardDisk(strFolder & "\data.vhd").Type
