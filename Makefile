# The quick start: `make demo` then `make test`. Both create .venv on first use.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
DB ?= sayso.duckdb

.PHONY: demo test lint install install-dev bench eval gold clean

$(BIN)/python:
	@command -v $(PY) >/dev/null 2>&1 || { echo "make: $(PY) not found; run 'make PY=python3 ...'"; exit 2; }
	$(PY) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	rm -f $(DB)
	$(BIN)/sayso code examples/demo.jsonl --db $(DB)
	$(BIN)/sayso summary --db $(DB)

test: install-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q

lint: install-dev
	$(BIN)/ruff check src tests benchmarks

bench: install
	$(BIN)/python benchmarks/throughput.py

eval: install
	$(BIN)/sayso eval plover-gsr ../shared/benchmarks/plover-gsr/PLOVER_GSR_CAMEO.dev.json
	$(BIN)/sayso eval petrarch ../shared/benchmarks/petrarch/ud-petrarch/PETR2_GSR_validation.xml

gold: install
	$(BIN)/sayso code ../shared/examples/valdai-2016-10-27.jsonl --no-db --format jsonl --out /tmp/sayso-seed.jsonl -q
	python3 ../shared/tools/check_gold.py ../shared/gold/valdai-2016-10-27.gold.json /tmp/sayso-seed.jsonl

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache build src/*.egg-info
