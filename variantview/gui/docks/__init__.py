"""The main window's dock panels."""
