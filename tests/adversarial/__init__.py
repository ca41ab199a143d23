"""The adversarial suite: kinds of bad, hostile and unlucky input, each run against the real CLI.

`kinds.py` declares the fast kinds as data (what to build, what the README promises); `builders.py`
makes their inputs; `runner.py` runs `mediabrief` on them (batched where outcomes can be told
apart per file) and `checks.py` holds the rules every run must keep. The slow kinds and the
interruptions live in `tests/stress/` and run under `make stress`.
"""
