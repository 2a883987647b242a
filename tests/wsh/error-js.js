// A JScript runtime error.  (Windows' JScript says "'undefinedFunction' is
// undefined"; Wine's says "Object expected": the engine's text, passed on.)
WScript.Echo("js before");
undefinedFunction();
