' Configuration writes through VirtualServer.Application, as administration
' scripts make them: a note on every VM, the memory of one that is off, a
' refused change on one that runs (the error and its description), and
' autostart on and off.  Each value is read back.
Set objVS = CreateObject("VirtualServer.Application")
For Each vm In objVS.VirtualMachines
    vm.Notes = "Owner: lab team (" & vm.Name & ")"
    WScript.Echo vm.Name & ": Notes = " & vm.Notes
Next

Set vm = objVS.FindVirtualMachine("XP-TEST")
WScript.Echo "XP-TEST: State " & vm.State & ", Memory " & vm.Memory
vm.Memory = 384
WScript.Echo "XP-TEST: Memory = " & vm.Memory & ", ram_size " & _
    vm.GetConfigurationValue("hardware/memory/ram_size")
vm.SetConfigurationValue "hardware/memory/ram_size", 192
WScript.Echo "XP-TEST: Memory = " & vm.Memory

vm.AutoStartAtLaunch = 1
WScript.Echo "XP-TEST: AutoStartAtLaunch = " & vm.AutoStartAtLaunch
vm.AutoStartAtLaunch = 0
WScript.Echo "XP-TEST: AutoStartAtLaunch = " & vm.AutoStartAtLaunch

Set vm = objVS.FindVirtualMachine("WEB01")
On Error Resume Next
vm.Memory = 1024
WScript.Echo "WEB01 (State " & vm.State & "): Memory = 1024 gives " & Hex(Err.Number) & ": " & _
    Err.Description
Err.Clear
vm.AutoStartAtLaunch = 2
WScript.Echo "WEB01: AutoStartAtLaunch = 2 gives " & Hex(Err.Number) & ": " & Err.Description
Err.Clear
On Error GoTo 0
WScript.Echo "WEB01: Memory " & vm.Memory & ", AutoStartAtLaunch " & vm.AutoStartAtLaunch
