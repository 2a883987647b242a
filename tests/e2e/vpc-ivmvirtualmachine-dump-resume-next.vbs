' Ours, not Microsoft's: the Windows Virtual PC reference publishes no
' example.  This is vs-ivmvirtualmachine-dump.vbs (the IVMVirtualMachine
' interface page's example) ported to VirtualPC.Application: the members
' Windows Virtual PC lacks (AccountName, AutoStartAtLaunch,
' AutoStartAtLaunchDelay, RunAsDefinedAccount, SCSIControllers) are left
' out; On Error Resume Next lets it run past the members wine-vpc cannot
' honestly answer.  Published example:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualmachine
On Error Resume Next
Set objVPC = CreateObject("VirtualPC.Application")

Wscript.Echo "Name: " & objVPC.Name

Set colVMs = objVPC.VirtualMachines
For Each objVM in colVMS

  If objVM.BaseBoardSerialNumber = "" Then
    Wscript.Echo "Baseboard serial number: [null]"
  Else
    Wscript.Echo "Baseboard serial number: " & objVM.BaseBoardSerialNumber
  End If

  If objVM.BIOSGUID = "" Then
    Wscript.Echo "BIOS GUID: [null]"
  Else
    Wscript.Echo "BIOS GUID: " & objVM.BIOSGUID
  End If

  If objVM.BIOSSerialNumber = "" Then
    Wscript.Echo "BIOS serial number: [null]"
  Else
    Wscript.Echo "BIOS serial number: " & objVM.BIOSSerialNumber
  End If

  If objVM.ChassisAssetTag = "" Then
    Wscript.Echo "Chassis asset tag: [null]"
  Else
    Wscript.Echo "Chassis asset tag: " & objVM.ChassisAssetTag
  End If

  If objVM.ChassisSerialNumber = "" Then
    Wscript.Echo "Chassis serial number: [null]"
  Else
    Wscript.Echo "Chassis serial number: " & objVM.ChassisSerialNumber
  End If

  Wscript.Echo "Config ID: " & objVM.ConfigID

  Set objDisplay = objVM.Display
  WScript.Echo "Display Dimensions: " & objDisplay.Width & "x" & objDisplay.Height

  Set colDVDs = objVM.DVDROMDrives
  Wscript.Echo "DVD/CDROM drives installed: " & colDVDs.Count

  Wscript.Echo "File: " & objVM.File

  Set colFDs = objVM.FloppyDrives
  Wscript.Echo "Floppy drives installed: " & colFDs.Count

  Set objGOS = objVM.GuestOS
  Wscript.Echo "Guest OS: " & objGOS.OSName

  Set colHDCons = objVM.HardDiskConnections
  Wscript.Echo "Hard disk connections: " & colHDCons.Count

  Wscript.Echo "Has MMX: " & objVM.HasMMX
  Wscript.Echo "Has SSE: " & objVM.HasSSE
  Wscript.Echo "Has SSE2: " & objVM.HasSSE2
  Wscript.Echo "Has 3DNow: " & objVM.Has3DNow
  Wscript.Echo "Memory: " & objVM.Memory
  Wscript.Echo "Name: " & objVM.Name

  Set colNICs = objVM.NetworkAdapters
  Wscript.Echo "Network adapters: " & colNICs.Count

  Wscript.Echo "Notes: " & objVM.Notes

  Set colPPs = objVM.ParallelPorts
  Wscript.Echo "Parallel Ports: " & colPPs.Count

  Wscript.Echo "Processor speed: " & objVM.ProcessorSpeed
  Wscript.Echo "Saved state file path: " & objVM.SavedStateFilePath

  Set colSPs = objVM.SerialPorts
  Wscript.Echo "Serial Ports: " & colSPs.Count

  Wscript.Echo "Shutdown action on quit: " & objVM.ShutdownActionOnQuit
  Wscript.Echo "State: " & objVM.State
  Wscript.Echo "Undoable: " & objVM.Undoable
  Wscript.Echo "Undo action: " & objVM.UndoAction
  Wscript.Echo
Next
