# The two front-door commands: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= registry.duckdb
PORT ?= 8501
STAMP := $(VENV)/.installed

.PHONY: run test bench build dashboard browser clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/cartreg build corpus/ --db $(DB)

run: build
	$(BIN)/cartreg dashboard --db $(DB) --port $(PORT)

# Debian's chromium for the end-to-end browser test (Playwright's own download fails here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi; }

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	@if [ -f benchmarks/bench_dashboard.py ]; then $(BIN)/python benchmarks/bench_dashboard.py; fi

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
