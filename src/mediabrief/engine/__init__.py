"""engine: extraction over a whole corpus -> one `ArticleAnalysis` per article, in corpus order.

Loads the spaCy pipeline, runs `extract` in worker processes or on Dask, keeps the per-article
cache and draws the progress bar. It must not import pandas, matplotlib or any later room.
"""
