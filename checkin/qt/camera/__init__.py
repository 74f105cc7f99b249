"""The camera at the desk: frames from a QVideoSink, decoded off the GUI thread.

`sources` (a real QCamera, or pictures played as frames for tests and screenshots)
feed a `QVideoSink`; `frames` reads a QVideoFrame's luminance for
`checkin.core.pictures`; `decoder` runs that on its own thread and drops frames while
busy; `desk` turns what was read into scans through the window's one scan path.
"""
