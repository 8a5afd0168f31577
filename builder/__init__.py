"""Explainer-timeline builder: news article -> YAML timeline entries -> MkDocs pages."""

__version__ = "0.1.0"
