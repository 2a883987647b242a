' The Virtual Server 2005 example for IVMAccountant.NetworkBytesSent, run
' against the Windows Virtual PC object model: the only change from
' networkbytessent-vs.vbs is the ProgID.  For every virtual machine: its
' name, the bytes its virtual network adapters have sent since it was
' powered up, reset or restored (a Decimal, exact beyond 2^53), and a blank
' line.
'
'   wine-vpc run --hosts test://$PWD/examples/lab.xml examples/networkbytessent-vpc.vbs
Set objVS = CreateObject("VirtualPC.Application")
Set colVMs = objVS.VirtualMachines

For Each vm In colVMs
    Set acct = vm.Accountant
    Wscript.Echo vm.Name
    Wscript.Echo acct.NetworkBytesSent
    Wscript.Echo
Next
