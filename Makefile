# Two commands matter: `make run` and `make test`. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PIP_STAMP := $(VENV)/.pip-stamp
PACKAGE_STAMP := $(VENV)/.package-stamp
TRANSLATIONS := resources/translations
TS_FILES := $(wildcard $(TRANSLATIONS)/*.ts)
LUPDATE := $(BIN)/pyside6-lupdate -silent -locations relative -no-obsolete -source-language en

.PHONY: run test lint format bench clean translations package package-check

$(PIP_STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(PIP_STAMP)

# Set up = the venv and the compiled catalogues (.qm: build outputs, never edited, not in git).
$(STAMP): $(PIP_STAMP) $(TS_FILES)
	$(BIN)/pyside6-lrelease -silent $(TS_FILES)
	touch $(STAMP)

## Refresh the catalogues from the code (lupdate; English holds only plural forms), compile them.
translations: $(PIP_STAMP)
	$(LUPDATE) -target-language fr $$(find journey_editor -name '*.py' | sort) \
		-ts $(TRANSLATIONS)/journey_editor_fr.ts
	$(LUPDATE) -target-language en -pluralonly $$(find journey_editor -name '*.py' | sort) \
		-ts $(TRANSLATIONS)/journey_editor_en.ts
	$(BIN)/pyside6-lrelease -silent $(TRANSLATIONS)/*.ts

## Set up (first time) and launch on FILE, or on the bundled sample when FILE is empty.
run: $(STAMP)
	$(BIN)/journey-editor $(FILE)

## Set up (first time) and run the whole test suite: lint, format check, architecture contracts, pytest.
test: $(STAMP)
	$(BIN)/ruff check setup.py journey_editor tests benchmarks packaging
	$(BIN)/ruff format --check setup.py journey_editor tests benchmarks packaging
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

format: $(STAMP)
	$(BIN)/ruff format setup.py journey_editor tests benchmarks packaging
	$(BIN)/ruff check --fix setup.py journey_editor tests benchmarks packaging

## The speed benchmarks in one table (a few minutes; `make bench QUICK=1`: 500 to 5,000 cards).
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_all.py $(if $(QUICK),--quick)

## Build the self-contained app (dist/journey-editor/, Linux tarball) with PyInstaller.
package: $(STAMP) $(PACKAGE_STAMP)
	$(BIN)/python packaging/build.py

## Run the built app headless with no Python on its path: snapshot, PDF, start-up time, size.
package-check: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/check_build.py

$(PACKAGE_STAMP): $(PIP_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info
