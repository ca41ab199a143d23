"""extract: one article's spaCy `Doc` -> records (quotes, speakers, actors, dates, counts).

Small pure functions over a Doc; spaCy's Spans and Docs never leave this room. It reads no file
and must not import pandas, matplotlib or any later room.
"""
