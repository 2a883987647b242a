' A Virtual Server script run against Windows Virtual PC: its accountant has
' no RelativeWeight, so Wine's VBScript stops the script with its own error
' ("Object doesn't support this property or method"), which wine-vpc's
' script host prints with the line and column, as Windows does.
Set objVS = CreateObject("VirtualPC.Application")
Set vm = objVS.FindVirtualMachine("WEB01")
Set acct = vm.Accountant
Wscript.Echo vm.Name & ": " & acct.CPUUtilization
Wscript.Echo acct.RelativeWeight
Wscript.Echo "not reached"
