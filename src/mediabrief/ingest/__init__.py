"""ingest: files, folders and URLs -> `Corpus` (Articles, and a `Skipped` with a reason for each file not used).

Readers per format, metadata.csv, the layout rules that set boilerplate aside, and same-outlet
duplicates. Pure text: it must not import spaCy, matplotlib or any later room.
"""
