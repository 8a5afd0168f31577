# Two commands do everything on a fresh clone: `make site` and `make test`.
# Both create .venv with the pinned dependencies (constraints.txt) on first use.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
# Reproducible sites: the one date MkDocs writes (sitemap.xml) comes from the last commit, not the clock.
GIT_EPOCH := $(shell git log -1 --format=%ct 2>/dev/null)
ifneq ($(GIT_EPOCH),)
export SOURCE_DATE_EPOCH ?= $(GIT_EPOCH)
endif
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: site test serve timeline check bench clean engines

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	@touch $(STAMP)

## timeline: extract every article in seeds/ into timeline/ (hand edits are kept)
timeline: $(STAMP)
	$(BIN)/python -m builder extract

## check: validate every entry in timeline/
check: $(STAMP)
	$(BIN)/python -m builder check

## site: seeds/ -> timeline/ -> site/
site: timeline
	$(BIN)/mkdocs build --strict

## serve: live preview at http://127.0.0.1:8000, rebuilt when timeline/ (entries, article records) or docs/ change
# --dirty rebuilds only the pages an edit changed (1.4 s instead of 3.1 s at 1,000 entries, bench/RESULTS.md);
# --no-strict because MkDocs warns on every dirty build. `make site` and CI stay strict.
# `make serve SERVE_FLAGS=` rebuilds every page, strictly, after each change.
SERVE_FLAGS ?= --dirty --no-strict
serve: timeline
	$(BIN)/mkdocs serve $(SERVE_FLAGS)

## test: every test (unit, golden, real mkdocs builds, headless browser)
test: $(STAMP)
	$(BIN)/python -m pytest -q

## engines: the other engines, each in its own virtual environment under .engines/ (tests/engines uses them)
# ProperDocs builds through our plugin (installed there too); Zensical builds `render --out`. Zensical is pinned
# to 0.0.73, the newest version that installs here: 0.0.74 and 0.1.x need zensical-ui, which the registry lacks.
ENGINES := .engines
$(ENGINES)/properdocs/bin/properdocs: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(ENGINES)/properdocs
	$(ENGINES)/properdocs/bin/python -m pip install --quiet -c constraints.txt 'properdocs==1.6.7' -e .
	@touch $@
$(ENGINES)/zensical/bin/zensical:
	$(PYTHON) -m venv $(ENGINES)/zensical
	$(ENGINES)/zensical/bin/python -m pip install --quiet 'zensical==0.0.73'
	@touch $@
engines: $(ENGINES)/properdocs/bin/properdocs $(ENGINES)/zensical/bin/zensical

## bench: benchmarks, side by side with their baselines (not part of `make test`)
# `make bench BASELINE=../other/.venv/bin/python` also compares this checkout with another, side by side (bench/ab.py).
bench: $(STAMP)
	$(BIN)/python -m bench
	$(if $(BASELINE),$(BIN)/python -m bench.ab --baseline $(BASELINE))

clean:
	rm -rf site .pytest_cache .hypothesis .engines/out .engines/site-*
