# Two commands set everything up on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= seeds
OUT ?= report
FIGURES ?= figures
BENCH_N ?= 2000

.PHONY: report analyze test eval bench slides fuzz lock clean

report: $(STAMP)
	$(BIN)/mediabrief report "$(ARTICLES)" --out "$(OUT)" --figures "$(FIGURES)"

analyze: $(STAMP)
	$(BIN)/mediabrief analyze "$(ARTICLES)" --out "$(OUT)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Longer property-based runs than the bounded ones `make test` does.
fuzz: $(STAMP)
	MEDIABRIEF_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest -q -m fuzz

slides: $(STAMP)
	$(BIN)/mediabrief slides "$(ARTICLES)" --out "$(OUT)" --figures "$(FIGURES)"

eval: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-baselines.lock
	$(BIN)/mediabrief evaluate tests/data/seeds-gold.json seeds --baseline textacy --json report/evaluation-seeds.json
	$(BIN)/mediabrief evaluate tests/data/polnear-dev/gold.json tests/data/polnear-dev/articles --baseline textacy --json report/evaluation-polnear-dev.json
	$(BIN)/mediabrief evaluate tests/data/timeml-dev/gold.json tests/data/timeml-dev/articles --json report/evaluation-timeml-dev.json

bench: $(STAMP)
	$(BIN)/python -m mediabrief.bench --n $(BENCH_N)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	# Byte-compiled once here: where PYTHONDONTWRITEBYTECODE is set, every run would compile the package again.
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

# Regenerate the pinned lock files (needs uv on PATH); never run by the two set-up commands.
lock:
	uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 --no-header -o requirements.lock
	uv pip compile pyproject.toml --extra test --extra baselines --generate-hashes --python-version 3.11 --no-header -o requirements-baselines.lock

clean:
	rm -rf $(VENV) .mediabrief-cache
