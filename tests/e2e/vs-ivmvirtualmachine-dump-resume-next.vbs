' Test input, as published: the example "displays the current property
' values of the IVMVirtualMachine object" from Microsoft's Virtual Server
' 2005 reference, IVMVirtualMachine interface page:
' https://learn.microsoft.com/en-us/previous-versions/windows/desktop/msvs/ivmvirtualmachine
' Below: the published code, unchanged, after one line of ours, On Error
' Resume Next, so that it runs to the end past members wine-vpc cannot
' honestly answer (their statements print nothing).
On Error Resume Next
Set objVS = CreateObject("VirtualServer.Application")

Wscript.Echo "Name: " & objVS.Name

Set colVMs = objVS.VirtualMachines
For Each objVM in colVMS
  Wscript.Echo "Account name: " & objVM.AccountName
  Wscript.Echo "Autostart at launch: " & objVM.AutoStartAtLaunch
  Wscript.Echo "Autostart at launch delay: " & objVM.AutoStartAtLaunchDelay

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
  Wscript.Echo "Run as defined account: " & objVM.RunAsDefinedAccount
  Wscript.Echo "Saved state file path: " & objVM.SavedStateFilePath

  Set colSCSICons = objVM.SCSIControllers
  Wscript.Echo "SCSI controllers: " & colSCSICons.Count

  Set colSPs = objVM.SerialPorts
  Wscript.Echo "Serial Ports: " & colSPs.Count

  Wscript.Echo "Shutdown action on quit: " & objVM.ShutdownActionOnQuit
  Wscript.Echo "State: " & objVM.State
  Wscript.Echo "Undoable: " & objVM.Undoable
  Wscript.Echo "Undo action: " & objVM.UndoAction
  Wscript.Echo
Next
