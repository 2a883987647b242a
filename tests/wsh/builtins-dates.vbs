' The date builtins the host repairs, against Microsoft's documented
' results (month ends, week boundaries, Null, bad intervals).
Function F(d)
    If IsNull(d) Then
        F = "Null"
    Else
        F = Year(d) & "-" & Month(d) & "-" & Day(d) & " " & Hour(d) & ":" & Minute(d) & ":" & Second(d)
    End If
End Function

WScript.Echo "DateAdd m 1/31/2024:", F(DateAdd("m", 1, #1/31/2024#))
WScript.Echo "DateAdd m 1/31/2023:", F(DateAdd("m", 1, #1/31/2023#))
WScript.Echo "DateAdd yyyy 2/29/2024:", F(DateAdd("yyyy", 1, #2/29/2024#))
WScript.Echo "DateAdd q -1 3/31/2024:", F(DateAdd("q", -1, #3/31/2024#))
WScript.Echo "DateAdd d 12/31/2023:", F(DateAdd("d", 1, #12/31/2023#))
WScript.Echo "DateAdd ww 2:", F(DateAdd("ww", 2, #1/1/2024#))
WScript.Echo "DateAdd h 25:", F(DateAdd("h", 25, #1/1/2024#))
WScript.Echo "DateAdd n -1:", F(DateAdd("n", -1, #1/1/2024#))
WScript.Echo "DateAdd s 3661:", F(DateAdd("s", 3661, #1/1/2024 10:00:00 PM#))
WScript.Echo "DateAdd Null:", F(DateAdd("d", 1, Null))
WScript.Echo "DateDiff d:", DateDiff("d", #1/1/2024#, #3/1/2024#), DateDiff("d", #3/1/2024#, #1/1/2024#)
WScript.Echo "DateDiff m:", DateDiff("m", #1/31/2024#, #2/1/2024#)
WScript.Echo "DateDiff yyyy:", DateDiff("yyyy", #12/31/2023#, #1/1/2024#)
WScript.Echo "DateDiff q:", DateDiff("q", #3/31/2024#, #4/1/2024#)
WScript.Echo "DateDiff w:", DateDiff("w", #1/1/2024#, #3/1/2024#)
WScript.Echo "DateDiff ww:", DateDiff("ww", #1/1/2024#, #3/1/2024#), DateDiff("ww", #1/1/2024#, #3/1/2024#, vbMonday)
WScript.Echo "DateDiff h:", DateDiff("h", #1/1/2024 11:59:59 PM#, #1/2/2024#)
WScript.Echo "DateDiff n:", DateDiff("n", #1/1/2024 10:00:59 AM#, #1/1/2024 10:01:00 AM#)
WScript.Echo "DateDiff s:", DateDiff("s", #1/1/2024#, #1/2/2024#)
WScript.Echo "DateDiff Null:", IsNull(DateDiff("d", Null, #1/1/2024#))
WScript.Echo "DatePart:", DatePart("yyyy", #5/1/2024#), DatePart("q", #5/1/2024#), DatePart("m", #5/1/2024#), _
    DatePart("y", #2/1/2024#), DatePart("d", #5/17/2024#)
WScript.Echo "DatePart w:", DatePart("w", #1/1/2024#), DatePart("w", #1/1/2024#, vbMonday)
WScript.Echo "DatePart ww:", DatePart("ww", #1/1/2024#), DatePart("ww", #12/31/2024#), _
    DatePart("ww", #1/1/2021#, vbMonday, vbFirstFourDays), DatePart("ww", #1/4/2021#, vbMonday, vbFirstFourDays)
WScript.Echo "DatePart time:", DatePart("h", #1/1/2024 1:45:10 PM#), DatePart("n", #1/1/2024 1:45:10 PM#), _
    DatePart("s", #1/1/2024 1:45:10 PM#)
WScript.Echo "DateValue:", F(DateValue("2024-02-29 13:45:10"))
WScript.Echo "TimeValue:", F(TimeValue("2024-02-29 13:45:10"))
WScript.Echo "IsDate:", IsDate("2024-02-29"), IsDate("hello"), IsDate(#1/1/2024#), IsDate(Null), IsDate(Empty)
On Error Resume Next
x = DateAdd("x", 1, #1/1/2024#)
WScript.Echo "DateAdd bad interval:", Err.Number
Err.Clear
x = DateDiff("d", "not a date", #1/1/2024#)
WScript.Echo "DateDiff bad date:", Err.Number
Err.Clear
x = DateValue("not a date")
WScript.Echo "DateValue bad date:", Err.Number
