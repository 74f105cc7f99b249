"""The Qt desk application; the only package that imports PySide6."""

from checkin.qt import _pyside_fixes

_pyside_fixes.apply()
