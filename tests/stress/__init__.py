"""The slow kinds of the adversarial suite: huge and quadratic inputs, interruptions, concurrent runs,
a full disk. Run by `make stress` (the files are `stress_*.py`, so `make test` does not collect them)."""
