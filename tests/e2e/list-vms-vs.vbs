' Lists the virtual machines with their states (Virtual Server model).
Set vpc = CreateObject("VirtualServer.Application")
WScript.Echo vpc.Name & " " & vpc.Version & ": " & vpc.VirtualMachines.Count & " VMs"
For Each vm In vpc.VirtualMachines
    WScript.Echo vm & " state=" & vm.State          ' Name is the default property
Next
Set vm = vpc.FindVirtualMachine("WEB01")           ' case-insensitive
If vm Is Nothing Then WScript.Echo "not found"
