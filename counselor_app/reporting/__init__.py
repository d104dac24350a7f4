"""PDF output with reportlab only: data in, PDF out (no Qt, no database)."""
