"""tables: records -> long-form DataFrames (one row per record, columns declared once) -> CSV or Parquet.

The only room that turns records into DataFrames. It must not import compare, charts or briefing.
"""
