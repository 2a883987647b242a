' Benchmark baseline: what starting Wine's cscript and its VBScript engine
' costs, with no COM object created.
