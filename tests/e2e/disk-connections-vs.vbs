' Give a new virtual machine its hard disks, as provisioning scripts do: a
' VHD is created next to it and connected on IDE, a second one on a new
' SCSI controller; the connections are listed, one moved, and both
' disconnected again before the VM is deleted.
Const vmDriveBusType_IDE = 0
Const vmDriveBusType_SCSI = 1
Set objVS = CreateObject("VirtualServer.Application")
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
        WScript.Echo "  bus type " & objConn.BusType & ", bus " & objConn.BusNumber & _
            ", device " & objConn.DeviceNumber & ": " & objConn.HardDisk.File & _
            " (type " & objConn.HardDisk.Type & ")"
    Next
End Sub

Set vm = objVS.CreateVirtualMachine("DISK-VM", strFolder)
Set objSystem = vm.AddHardDiskConnection(strFolder & "\system.vhd", vmDriveBusType_IDE, 0, 0)
Set objController = vm.AddSCSIController()
WScript.Echo "SCSI controllers: " & vm.SCSIControllers.Count
Set objData = vm.AddHardDiskConnection(strFolder & "\data.vhd", vmDriveBusType_SCSI, 0, 1)
ListConnections vm

On Error Resume Next
vm.AddHardDiskConnection strFolder & "\missing.vhd", vmDriveBusType_IDE, 0, 1
WScript.Echo "A missing image: " & Hex(Err.Number)
Err.Clear
vm.AddHardDiskConnection strFolder & "\data.vhd", vmDriveBusType_IDE, 0, 1
WScript.Echo "An image connected twice: " & Hex(Err.Number)
Err.Clear
vm.AddHardDiskConnection strFolder & "\data.vhd", vmDriveBusType_IDE, 0, 0
WScript.Echo "A place in use: " & Hex(Err.Number)
Err.Clear
vm.RemoveSCSIController objController
WScript.Echo "A controller in use: " & Hex(Err.Number)
Err.Clear
On Error GoTo 0

objData.SetBusLocation vmDriveBusType_IDE, 1, 1
WScript.Echo "Moved to IDE " & objData.BusNumber & ":" & objData.DeviceNumber
vm.RemoveSCSIController objController
vm.RemoveHardDiskConnection objData
vm.RemoveHardDiskConnection objSystem
ListConnections vm
WScript.Echo "SCSI controllers: " & vm.SCSIControllers.Count
objVS.DeleteVirtualMachine vm
WScript.Echo "Images kept: " & fso.FileExists(strFolder & "\system.vhd")
