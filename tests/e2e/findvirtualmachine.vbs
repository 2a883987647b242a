' FindVirtualMachine in both object models: names match case-insensitively,
' the VM reports its name as libvirt spells it, and a name that matches no
' VM (not even as a prefix) gives Nothing without an error.
Sub FindAll(objVS)
    Wscript.Echo objVS.Name
    For Each strName In Array("windows server 2003", "web01", "Build01", "xP-tEsT", "DB01")
        Set vm = objVS.FindVirtualMachine(strName)
        If vm Is Nothing Then
            Wscript.Echo "  " & strName & ": Nothing"
        Else
            Wscript.Echo "  " & strName & ": " & vm.Name & ", state " & vm.State
        End If
    Next
    For Each strName In Array("NO-SUCH-VM", "WEB0", "Windows Server")
        Set vm = objVS.FindVirtualMachine(strName)
        Wscript.Echo "  " & strName & ": Is Nothing = " & (vm Is Nothing)
    Next
End Sub

FindAll CreateObject("VirtualServer.Application")
FindAll CreateObject("VirtualPC.Application")
