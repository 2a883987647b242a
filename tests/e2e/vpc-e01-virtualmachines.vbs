' E1 ported to Windows Virtual PC: IVMVirtualPC.VirtualMachines.  Prints the
' application's name, then "[none]" or the number of virtual machines
' followed by their names.
Set objVS = CreateObject("VirtualPC.Application")
Wscript.Echo objVS.Name

Set colVMs = objVS.VirtualMachines
If colVMs.Count = 0 Then
    Wscript.Echo "[none]"
Else
    Wscript.Echo colVMs.Count
    For Each vm In colVMs
        Wscript.Echo vm.Name
    Next
End If
