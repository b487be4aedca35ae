"""The single place where econparse's version is kept."""

__version__ = "0.1.0"
