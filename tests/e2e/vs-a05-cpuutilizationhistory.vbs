' A5 (Virtual Server): IVMAccountant.CPUUtilizationHistory.
' For every virtual machine: its name, then the sixty per-second samples of
' the last minute, one tab-indented numbered line each, then a blank line.
Set objVS = CreateObject("VirtualServer.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name

    i = 1
    For Each value In acct.CPUUtilizationHistory
        Wscript.Echo vbTab & i & " -- " & value
        i = i + 1
    Next
    Wscript.Echo ""
Next
