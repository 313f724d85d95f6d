"""Printing, Qt-free: the print service (service.py) and its words for the command line (words.py)."""
