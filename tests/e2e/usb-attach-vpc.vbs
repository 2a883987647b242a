' Give a virtual machine every USB device of the host that no other
' virtual machine has, as Windows Virtual PC's integration scripts do, list
' what each device is attached to, and release them again.
Set objVPC = CreateObject("VirtualPC.Application")
Set objVM = objVPC.FindVirtualMachine("PORTS-OFF")

Sub ListDevices()
    For Each objUSB In objVPC.USBDeviceCollection
        strVM = objUSB.AttachedToVM
        If strVM = "" Then strVM = "(free)"
        WScript.Echo "  " & objUSB.ManufacturerString & " " & objUSB.DeviceString & _
            " (hub " & objUSB.HubID & ", port " & objUSB.Port & "): " & strVM
    Next
End Sub

WScript.Echo "Before:"
ListDevices
For Each objUSB In objVPC.USBDeviceCollection
    If objUSB.AttachedToVM = "" Then objVM.AttachUSBDevice objUSB
Next
WScript.Echo "Attached to " & objVM.Name & ":"
ListDevices

On Error Resume Next
For Each objUSB In objVPC.USBDeviceCollection
    If objUSB.AttachedToVM <> objVM.Name Then
        objVM.AttachUSBDevice objUSB
        WScript.Echo "Taking " & objUSB.DeviceString & " from " & objUSB.AttachedToVM & ": " & _
            Hex(Err.Number)
        Err.Clear
    End If
Next
On Error GoTo 0

For Each objUSB In objVPC.USBDeviceCollection
    If objUSB.AttachedToVM = objVM.Name Then objVM.DetachUSBDevice objUSB
Next
WScript.Echo "Released:"
ListDevices
