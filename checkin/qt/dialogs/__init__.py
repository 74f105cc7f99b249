"""Desk dialogs; each opens with `.open()` or a replaceable `ask()` so tests never block."""
