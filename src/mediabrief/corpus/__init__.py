"""corpus: every article's analysis -> the same analyses with one name per actor across the corpus.

Cross-article resolution (aliases, surnames, acronyms, the user's aliases.csv). Records in,
records out: it must not import pandas, matplotlib or any later room.
"""
