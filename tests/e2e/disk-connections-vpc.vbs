' Give a new virtual machine its hard disks, as provisioning scripts do: two
' VHDs are created next to it and connected on the IDE buses; the
' connections are listed, one moved, and both disconnected again before
' the VM is deleted.
Set objVPC = CreateObject("VirtualPC.Application")
Set fso = CreateObject("Scripting.FileSystemObject")
strFolder = "C:\VMs\DISK-VM"
If Not fso.FolderExists("C:\VMs") Then fso.CreateFolder "C:\VMs"
If Not fso.FolderExists(strFolder) Then fso.CreateFolder strFolder

' A dynamic VHD starts with a copy of its footer, whose cookie is "conectix".
Sub CreateVhd(strPath)
    Set ts = fso.CreateTextFile(strPath, True)
    ts.Write "conectix" & String(504, " ")
    ts.Close
End Sub
CreateVhd strFolder & "\system.vhd"
CreateVhd strFolder & "\data.vhd"

Sub ListConnections(vm)
    WScript.Echo vm.Name & ": " & vm.HardDiskConnections.Count & " hard disk connection(s)"
    For Each objConn In vm.HardDiskConnections
        WScript.Echo "  bus " & objConn.BusNumber & ", device " & objConn.DeviceNumber & ": " & _
            objConn.HardDisk.File & " (type " & objConn.HardDisk.Type & ")"
    Next
End Sub

Set vm = objVPC.CreateVirtualMachine("DISK-VM", strFolder)
Set objSystem = vm.AddHardDiskConnection(strFolder & "\system.vhd", 0, 0)
Set objData = vm.AddHardDiskConnection(strFolder & "\data.vhd", 0, 1)
ListConnections vm

On Error Resume Next
vm.AddHardDiskConnection strFolder & "\missing.vhd", 1, 1
WScript.Echo "A missing image: " & Hex(Err.Number)
Err.Clear
vm.AddHardDiskConnection strFolder & "\data.vhd", 1, 1
WScript.Echo "An image connected twice: " & Hex(Err.Number)
Err.Clear
vm.AddHardDiskConnection strFolder & "\data.vhd", 0, 0
WScript.Echo "A place in use: " & Hex(Err.Number)
Err.Clear
objData.SetBusLocation 0, 0
WScript.Echo "A move to a place in use: " & Hex(Err.Number)
Err.Clear
On Error GoTo 0

objData.SetBusLocation 1, 1
WScript.Echo "Moved to bus " & objData.BusNumber & ", device " & objData.DeviceNumber
ListConnections vm
vm.RemoveHardDiskConnection objData
vm.RemoveHardDiskConnection objSystem
ListConnections vm
objVPC.DeleteVirtualMachine vm
WScript.Echo "Images kept: " & fso.FileExists(strFolder & "\system.vhd")
