' Wine 8's broken VBScript builtins, repaired by the host (builtins.c),
' against the results Microsoft documents.
Sub Show(label, value)
    If IsArray(value) Then
        s = ""
        For Each x In value
            s = s & "[" & x & "]"
        Next
        WScript.Echo label, "(" & UBound(value) & ")", s
    ElseIf IsNull(value) Then
        WScript.Echo label, "Null"
    Else
        WScript.Echo label, TypeName(value), value
    End If
End Sub

Sub ShowError(label)
    WScript.Echo label, "error", Err.Number
    Err.Clear
End Sub

Show "Join", Join(Array("a", "b", "c"))
Show "Join -", Join(Array("a", "b"), "-")
Show "Join empty", Join(Array())
Show "Join mixed", Join(Array("x", Empty, 1, True), ",")
Show "Join no delimiter", Join(Array("a", "b"), "")
days = Array("Monday", "Tuesday", "Wednesday")
Show "Filter", Filter(days, "day")
Show "Filter Mon", Filter(days, "Mon")
Show "Filter text", Filter(days, "mon", True, vbTextCompare)
Show "Filter binary", Filter(days, "mon", True, vbBinaryCompare)
Show "Filter exclude", Filter(days, "Mon", False)
Show "Split", Split("a,b,c", ",")
Show "Split count", Split("a,b,c", ",", 2)
Show "Split count 1", Split("a,b,c", ",", 1)
Show "Split empty", Split("")
Show "Split space", Split("one two")
Show "Split text", Split("aXbxc", "x", -1, vbTextCompare)
Show "Split binary", Split("aXbxc", "x", -1, vbBinaryCompare)
Show "Split no delimiter found", Split("abc", ",")
Show "Round 2.5", Round(2.5)
Show "Round 3.5", Round(3.5)
Show "Round -2.5", Round(-2.5)
Show "Round 0.125, 2", Round(0.125, 2)
Show "Round 2.345, 2", Round(2.345, 2)
Show "Round 1.23456, 3", Round(1.23456, 3)
Show "Round 7", Round(7)
Show "Round ""2.5""", Round("2.5")
Show "Round Null", Round(Null)
Show "Round Empty", Round(Empty)
Show "ChrW 233", ChrW(233)
Show "AscW ChrW(8364)", AscW(ChrW(8364))
Show "AscW ChrW(65535)", AscW(ChrW(65535))
Show "ChrW -1 = ChrW 65535", ChrW(-1) = ChrW(65535)
Show "AscW abc", AscW("abc")
Show "String 3 *", String(3, "*")
Show "String 3 ab", String(3, "ab")
Show "String 2 65", String(2, 65)
Show "String 2 321", String(2, 321)
Show "String 0", String(0, "x")
Show "String Null", String(Null, "x")
Show "Escape", Escape("a b&c/" & ChrW(233) & ChrW(8364))
Show "Unescape", Unescape("a%20b%26c/%E9%u20AC%zz")
Show "Unescape(Escape)", Unescape(Escape("x y" & ChrW(1234))) = "x y" & ChrW(1234)
Show "Escape Null", Escape(Null)
On Error Resume Next
x = ChrW(65536)
ShowError "ChrW(65536)"
x = AscW("")
ShowError "AscW("""")"
x = AscW(Null)
ShowError "AscW(Null)"
x = String(-1, "x")
ShowError "String(-1, ""x"")"
x = Round(1.5, -1)
ShowError "Round(1.5, -1)"
x = Join("not an array")
ShowError "Join(string)"
x = Join(Null)
ShowError "Join(Null)"
x = Split(Null)
ShowError "Split(Null)"
x = Filter(days, Null)
ShowError "Filter(days, Null)"
x = Split("a", ",", -2)
ShowError "Split count -2"
On Error GoTo 0

' Inside a procedure and a class, too.
Function Inside()
    Inside = Join(Split("p q r"), "+")
End Function
Show "in a Function", Inside()
Class Box
    Function Joined(a)
        Joined = Join(a, "/")
    End Function
End Class
Set b = New Box
Show "in a class", b.Joined(Array(1, 2))
