"""factcheck: where articles about one event agree, conflict, and what each leaves out."""

__version__ = "0.1.0"
