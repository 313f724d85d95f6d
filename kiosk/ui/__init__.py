"""PySide6 screens: the only package that imports Qt widgets. Each screen has its own module."""
