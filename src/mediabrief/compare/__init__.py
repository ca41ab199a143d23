"""compare: tables (+ the article texts) -> `Comparisons`, every comparison across sources, computed once.

Source labels, speakers and actors per source, the timeline's intervals, distinctive terms,
shared statements and date disagreements, as typed records and frames. It must not import
charts, briefing or matplotlib.
"""
