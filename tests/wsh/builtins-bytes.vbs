' The byte functions, through the host (Wine 8: error 445): strings as the
' bytes of their UTF-16 code units.
WScript.Echo "LenB:", LenB("abc"), LenB(""), LenB(ChrB(65)), IsNull(LenB(Null))
WScript.Echo "AscB:", AscB("A"), AscB(ChrW(8364))
WScript.Echo "LeftB:", LeftB("abc", 2), LenB(LeftB("abc", 3)), LeftB("abc", 99)
WScript.Echo "RightB:", RightB("abc", 2), LenB(RightB("abc", 3))
WScript.Echo "MidB:", MidB("abc", 3, 2), MidB("abc", 5), LenB(MidB("abc", 2, 3)), "[" & MidB("abc", 9) & "]"
WScript.Echo "InStrB:", InStrB("abc", "b"), InStrB("abc", ChrB(98)), InStrB(4, "abc", "c"), InStrB("abc", "z"), _
    InStrB(3, "abc", "")
On Error Resume Next
x = AscB("")
WScript.Echo "AscB(""""):", Err.Number
Err.Clear
x = ChrB(256)
WScript.Echo "ChrB(256):", Err.Number
Err.Clear
x = MidB("abc", 0)
WScript.Echo "MidB(s, 0):", Err.Number
