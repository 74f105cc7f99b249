"""The Qt desk application; the only package that imports PySide6."""
