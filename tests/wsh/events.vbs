' WScript.CreateObject(progid, prefix) and WScript.ConnectObject with a
' real source: the application's events and a VM's, called while the
' script sleeps; a sink that disconnects itself from inside its event; a
' second application object on another host.
Set vpc = WScript.CreateObject("VirtualPC.Application", "vpc_")
Set vm = vpc.FindVirtualMachine("test")
WScript.ConnectObject vm, "vm_"
n = 0

Sub vpc_OnVMStateChange(name, state)
    WScript.Echo "vpc_OnVMStateChange", name, state
    n = n + 1
End Sub

Sub vm_OnStateChange(state)
    WScript.Echo "vm_OnStateChange", state
    n = n + 1
    WScript.DisconnectObject vm
End Sub

Sub WaitFor(count)
    Dim i
    For i = 1 To 100
        If n >= count Then Exit Sub
        WScript.Sleep 50
    Next
    WScript.Echo "timed out waiting for event", count
End Sub

WScript.Echo "before any change:", n
vm.Pause
WaitFor 2
vm.Resume
WaitFor 3
WScript.Sleep 300
WScript.Echo "events:", n

' An application object of another host (CreateObject with a server): its
' events reach its own sink, not the first one's.
Set lab = CreateObject("VirtualServer.Application", WScript.Arguments(0))
WScript.ConnectObject lab, "lab_"
Sub lab_OnVMStateChange(name, state)
    WScript.Echo "lab_OnVMStateChange", name, state
    n = n + 1
End Sub
lab.FindVirtualMachine("DB01").Pause
WaitFor 4
WScript.Sleep 300
WScript.Echo "events:", n
