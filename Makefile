# Two commands matter: `make run` and `make test`. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint format bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Set up (first time) and launch on FILE, or on the bundled sample when FILE is empty.
run: $(STAMP)
	$(BIN)/journey-editor $(FILE)

## Set up (first time) and run the whole test suite: lint, format check, architecture contracts, pytest.
test: $(STAMP)
	$(BIN)/ruff check journey_editor tests benchmarks
	$(BIN)/ruff format --check journey_editor tests benchmarks
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

format: $(STAMP)
	$(BIN)/ruff format journey_editor tests benchmarks
	$(BIN)/ruff check --fix journey_editor tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_persistence.py

clean:
	rm -rf $(VENV) build *.egg-info
