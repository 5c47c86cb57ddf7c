"""parley: the structure of interview and commentary news articles.

>>> import parley
>>> doc = parley.analyze(parley.examples.text())
>>> doc.meta.title, [(e.text, e.label_) for e in doc.ents][:3]

Everything a user needs is exported here; ``parley._core`` is private.
"""

from __future__ import annotations

from . import examples
from .analyzer import Analyzer, analyze, analyze_html, read
from .document import (SCHEMA, Document, Entity, Guest, Meta, Paragraph, Quote, Span, Speaker, Turn, Warning)
from .errors import Error, OptionError, ParseError

__version__ = "0.1.0"

__all__ = [
    "Analyzer", "analyze", "analyze_html", "read", "Document", "Meta", "Guest", "Paragraph", "Speaker", "Turn", "Quote",
    "Entity", "Span", "Warning", "Error", "ParseError", "OptionError", "SCHEMA", "examples", "__version__",
]
