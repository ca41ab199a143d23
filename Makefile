# Two commands set everything up on a fresh machine: `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARTICLES ?= seeds
OUT ?= report
FIGURES ?= figures
BENCH_N ?= 2000

.PHONY: report analyze test eval bench slides fuzz stress fonts lock clean

report: $(STAMP)
	$(BIN)/mediabrief report "$(ARTICLES)" --out "$(OUT)" --figures "$(FIGURES)"

analyze: $(STAMP)
	$(BIN)/mediabrief analyze "$(ARTICLES)" --out "$(OUT)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Longer property-based runs than the bounded ones `make test` does.
fuzz: $(STAMP)
	MEDIABRIEF_FUZZ_EXAMPLES=2000 $(BIN)/python -m pytest -q -m fuzz

# The slow adversarial kinds (tests/stress): huge and quadratic inputs, kill -9, Ctrl-C, concurrent
# runs, a full disk. Its files are stress_*.py, so `make test` does not collect them.
stress: $(STAMP)
	$(BIN)/python -m pytest -q -o python_files='stress_*.py' tests/stress

slides: $(STAMP)
	$(BIN)/mediabrief slides "$(ARTICLES)" --out "$(OUT)" --figures "$(FIGURES)"

eval: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-baselines.lock
	$(BIN)/mediabrief evaluate tests/data/seeds-gold.json seeds --baseline textacy --json report/evaluation-seeds.json
	$(BIN)/mediabrief evaluate tests/data/polnear-dev/gold.json tests/data/polnear-dev/articles --baseline textacy --json report/evaluation-polnear-dev.json
	$(BIN)/mediabrief evaluate tests/data/polnear-dev/polnear-resolved-gold.json tests/data/polnear-dev/articles --json report/evaluation-polnear-resolved.json
	$(BIN)/mediabrief evaluate tests/data/wire-dev/wire-resolved-gold.json tests/data/timeml-dev/articles --json report/evaluation-wire-resolved.json
	$(BIN)/mediabrief evaluate tests/data/timeml-dev/gold.json tests/data/timeml-dev/articles --json report/evaluation-timeml-dev.json

bench: $(STAMP)
	$(BIN)/python -m mediabrief.evaluate.bench --n $(BENCH_N)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	# Byte-compiled once here: where PYTHONDONTWRITEBYTECODE is set, every run would compile the package again.
	$(BIN)/python -m compileall -q src
	touch $(STAMP)

# Regenerate templates/fonts/ (committed; never run by the two set-up commands): matplotlib's copy
# of DejaVu Sans cut to the scripts of European news text. weasyprint subsets every font it embeds,
# and a font of 2,000 glyphs subsets in a third of the time of DejaVu's 6,000; other characters
# fall back to the system's fonts.
FONT_SOURCE = $(shell $(BIN)/python -c "import matplotlib, pathlib; print(pathlib.Path(matplotlib.get_data_path(), 'fonts', 'ttf'))" 2>/dev/null)
FONT_UNICODES = U+0000-024F,U+0300-036F,U+0370-03FF,U+0400-04FF,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+25A0-25FF
fonts: $(STAMP)
	for face in DejaVuSans DejaVuSans-Bold DejaVuSans-Oblique DejaVuSans-BoldOblique; do \
	  $(BIN)/pyftsubset "$(FONT_SOURCE)/$$face.ttf" --unicodes="$(FONT_UNICODES)" --layout-features='*' --drop-tables+=FFTM \
	    --no-hinting --output-file="templates/fonts/$$face.ttf" || exit 1; \
	done
	cp "$(FONT_SOURCE)/LICENSE_DEJAVU" templates/fonts/LICENSE

# Regenerate the pinned lock files (needs uv on PATH); never run by the two set-up commands.
lock:
	uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 --no-header -o requirements.lock
	uv pip compile pyproject.toml --extra test --extra baselines --generate-hashes --python-version 3.11 --no-header -o requirements-baselines.lock

clean:
	rm -rf $(VENV) .mediabrief-cache
