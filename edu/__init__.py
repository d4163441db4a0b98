"""edu: turn the facts of a document into quiz items."""

__version__ = "0.1.0"
