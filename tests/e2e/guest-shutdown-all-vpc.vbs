' The published way to stop every running VM cleanly, with TurnOff for the
' guests that cannot be asked (Virtual Server 2005 administration scripts:
' "If vm.GuestOS.CanShutdown Then vm.GuestOS.Shutdown Else vm.TurnOff"),
' through VirtualPC.Application.  Two hosts: the inventory lab, whose running VMs have
' ACPI (APP01 also a guest agent), and the demo lab, whose have neither.
Set objVPC = CreateObject("VirtualPC.Application")
For Each vm In objVPC.VirtualMachines
    If vm.State = 5 Then
        If vm.GuestOS.CanShutdown Then
            Set task = vm.GuestOS.Shutdown(False)
        Else
            Set task = vm.TurnOff()
        End If
        task.WaitForCompletion -1
        WScript.Echo vm.Name & ": " & task.Description & ", Result " & task.Result & _
            ", State " & vm.State
    Else
        WScript.Echo vm.Name & ": State " & vm.State & ", left alone"
    End If
Next
