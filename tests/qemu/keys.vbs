' The real-QEMU layer: keys typed into a VM through IVMKeyboard.
'
'   keys.vbs VM
'
' Types "Hi 1" (Shift for the capital), then presses Enter; says "typed".
'
' Copyright 2026 the wine-vpc authors
'
' This library is free software; you can redistribute it and/or
' modify it under the terms of the GNU Lesser General Public
' License as published by the Free Software Foundation; either
' version 2.1 of the License, or (at your option) any later version.

Set vpc = CreateObject("VirtualPC.Application")
Set keyboard = vpc.FindVirtualMachine(WScript.Arguments(0)).Keyboard
keyboard.TypeAsciiText "Hi 1"
keyboard.PressAndReleaseKey "Key_Enter"
WScript.Echo "typed"
