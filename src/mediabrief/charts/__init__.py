"""charts: comparisons -> chart plans (no matplotlib) -> matplotlib Figures -> PNG and SVG files.

`kinds` and `plan` are light, so the briefing can name and wait for a chart without drawing it;
`draw` is the one place that draws. It must not import briefing, and nothing here parses text.
"""
