// The WScript object from JScript.
WScript.Echo("js", 1, 2.5, true, null);
WScript.Echo();
WScript.Echo(WScript.ScriptName, WScript.Arguments.length, WScript.Arguments.Named.Item("x"));
for (var e = new Enumerator(WScript.Arguments); !e.atEnd(); e.moveNext())
    WScript.Echo("arg", e.item());
WScript.StdOut.WriteLine("through StdOut");
WScript.Quit(4);
