"""Extractors: pure functions from a spaCy `Doc` to records. Spans never leave this package."""
