# One word per job (as datasette's Justfile): `make demo`, `make test`, `make lint`, `make bench`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/seeds
STORE ?= storyline.db

.PHONY: setup demo test lint bench eval browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Installs the project and its pinned dependencies from the package registries (PyPI).
$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# Main job: ingest the seed corpus into the embedded store and print the briefing.
demo: setup
	$(BIN)/storyline ingest $(SEEDS) --store $(STORE)
	$(BIN)/storyline articles --store $(STORE)
	$(BIN)/storyline brief --store $(STORE)

# Browser tests need Debian's chromium (never a downloaded browser).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test: setup browser
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/python -m ruff check src tests
	$(BIN)/python -m mypy src/storyline

bench: setup
	$(BIN)/storyline bench

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache
