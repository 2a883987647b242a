' Err.Raise with a source and a description of the script's own.
WScript.Echo "raising"
Err.Raise 1234, "MyScript", "Something went wrong"
