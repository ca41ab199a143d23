"""briefing: tables, comparisons and chart kinds -> one `Report` tree -> HTML, PDF and PPTX.

`findings` writes the key sentences, `structure` makes every choice of what to show, and the
renderers (`document`, `pdf_render`, `slides`) only walk the Report. It must not import matplotlib.
"""
