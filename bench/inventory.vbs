' Benchmark: an inventory of every virtual machine, as the scripts of
' issue 18 read it: the VM's configuration (File, SMBIOS, CPU features,
' undo disks, notes), its guest OS, and each of its devices (NICs with
' their addresses, disks with their sizes, drives, ports, display).  Members
' a lab VM cannot answer (no <cpu> model, not running) are skipped, as a
' published script under On Error Resume Next would.  bench/inventory-run
' compares its round trips with bench/inventory-baseline.vbs.
Option Explicit
On Error Resume Next
Dim objVS, objVM, objNIC, objHDC, n, line

Set objVS = CreateObject("VirtualServer.Application")
For Each objVM In objVS.VirtualMachines
    line = objVM.Name & "|" & objVM.State & "|" & objVM.Notes & "|" & objVM.File & "|" & objVM.BIOSGUID & "|" & _
           objVM.BIOSSerialNumber & "|" & objVM.ChassisAssetTag & "|" & objVM.ProcessorSpeed & "|" & _
           objVM.Undoable & "|" & objVM.UndoAction & "|" & objVM.AccountName & "|" & _
           objVM.AutoStartAtLaunch & "|" & objVM.GuestOS.CanShutdown & "|" & _
           objVM.DVDROMDrives.Count & "|" & objVM.FloppyDrives.Count & "|" & _
           objVM.SerialPorts.Count & "|" & objVM.ParallelPorts.Count & "|" & objVM.SCSIControllers.Count
    n = 0
    For Each objNIC In objVM.NetworkAdapters
        line = line & "|" & objNIC.EthernetAddress
    Next
    For Each objHDC In objVM.HardDiskConnections
        line = line & "|" & objHDC.BusType & ":" & objHDC.HardDisk.File & ":" & objHDC.HardDisk.SizeInGuest
    Next
    line = line & "|" & objVM.HasMMX & "|" & objVM.Display.Width
    WScript.Echo line
Next
