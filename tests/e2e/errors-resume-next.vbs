' Errors a script sees under On Error Resume Next: the number, the source and
' the description of each, and that a failed call changes nothing.
On Error Resume Next

Sub Report(strWhat)
    Wscript.Echo strWhat & ": " & Hex(Err.Number) & " | " & Err.Source & " | " & Err.Description
    Err.Clear
End Sub

' Virtual Server
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines
Set vm = colVMs.Item(0)
Report "Item(0)"
Set vm = colVMs.Item(colVMs.Count + 1)
Report "Item(Count + 1)"
Wscript.Echo "Item(Count): " & colVMs.Item(colVMs.Count).Name
Report "after Item(Count)"
Set vm = objVS.RegisterVirtualMachine("NEW01", "C:\Virtual Machines")
Report "RegisterVirtualMachine"

Set vm = objVS.FindVirtualMachine("Windows Server 2003")
Set acct = vm.Accountant
acct.SetSchedulingParameters 0, 6.25, 0
Report "weight 0"
acct.SetSchedulingParameters 0, 6.25, 10001
Report "weight 10001"
acct.SetSchedulingParameters 5, 4, 100
Report "reserved > maximum"
acct.SetSchedulingParameters 0, 50, 100
Report "maximum > allowable"
acct.SetSchedulingParameters "lots", 5, 100
Report "reserved ""lots"""
acct.SetSchedulingParameters 0, 5, "heavy"
Report "weight ""heavy"""
Wscript.Echo "unchanged: " & acct.ReservedSystemCapacity & " " & acct.MaximumSystemCapacity & " " & _
    acct.RelativeWeight & " " & objVS.AvailableSystemCapacity
acct.SetSchedulingParameters 2, 5, 200
Report "SetSchedulingParameters 2, 5, 200"
Wscript.Echo "changed: " & acct.ReservedSystemCapacity & " " & acct.MaximumSystemCapacity & " " & _
    acct.RelativeWeight & " " & objVS.AvailableSystemCapacity

' Windows Virtual PC
Set objVPC = CreateObject("VirtualPC.Application")
Set vm = objVPC.VirtualMachines.Item(0)
Report "Item(0)"
objVPC.CreateFloppyDiskImage "C:\Virtual Machines\NEW01.vfd", 2
Report "CreateFloppyDiskImage"
Set vm = objVPC.FindVirtualMachine("XP-TEST")
Set acct = vm.Accountant
weight = acct.RelativeWeight
Report "RelativeWeight"
