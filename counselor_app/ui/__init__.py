"""The only package that imports PySide6: windows, dialogs, view-models and widgets."""
