"""Reusable input widgets: code-list pickers, amounts, dates and times."""
