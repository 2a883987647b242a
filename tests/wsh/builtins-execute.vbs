' Execute, ExecuteGlobal, Eval and GetRef, through the host (Wine 8: stubs).
' (Through 'Set x = GetRef(...)' an error would read E_FAIL: Wine's Set path.)
Execute "a = 1 : b = a + 1"
WScript.Echo "Execute:", a, b
ExecuteGlobal "Function Twice(x) : Twice = 2 * x : End Function"
WScript.Echo "ExecuteGlobal:", Twice(21)
WScript.Echo "Eval:", Eval("1 + 2 * 3"), Eval("Twice(4) = 8"), Eval("""abc"" & ""def""")
Sub Greet(name)
    WScript.Echo "hello " & name
End Sub
Set g = GetRef("Greet")
g "world"
Function Add(x, y)
    Add = x + y
End Function
Set f = GetRef("Add")
WScript.Echo "GetRef:", f(2, 3)
On Error Resume Next
Execute "Err.Raise 5000, ""inside"", ""raised in Execute"""
WScript.Echo "an error in Execute:", Err.Number, Err.Source, Err.Description
Err.Clear
x = Eval("1 +")
WScript.Echo "a syntax error in Eval:", Err.Number <> 0
Err.Clear
n = TypeName(GetRef("NoSuchProcedure"))
WScript.Echo "GetRef of nothing:", Err.Number
On Error GoTo 0
WScript.Echo "the script goes on"
