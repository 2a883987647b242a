' Attach one ISO image to every CD/DVD drive of every virtual machine, as
' administrators' scripts do before an installation: whatever a drive holds
' is released first.  Usage: cscript attach-iso-vpc.vbs C:\Images\install.iso
strImage = WScript.Arguments(0)
Set objVPC = CreateObject("VirtualPC.Application")
For Each objVM In objVPC.VirtualMachines
    n = 0
    For Each objDVD In objVM.DVDROMDrives
        n = n + 1
        On Error Resume Next
        Select Case objDVD.Attachment
            Case 1
                objDVD.ReleaseImage
            Case 2
                objDVD.ReleaseHostDrive
        End Select
        If Err.Number = 0 Then objDVD.AttachImage strImage
        If Err.Number <> 0 Then
            WScript.Echo objVM.Name & " drive " & n & ": error " & Hex(Err.Number) & ": " & _
                Err.Description
        Else
            WScript.Echo objVM.Name & " drive " & n & ": " & objDVD.ImageFile
        End If
        Err.Clear
        On Error GoTo 0
    Next
    If n = 0 Then WScript.Echo objVM.Name & ": no CD/DVD drive"
Next
