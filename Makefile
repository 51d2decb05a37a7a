# The two commands of the README: `make run` and `make test`. Each sets itself up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE ?= examples/saas-customer.journey

.PHONY: run test bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	# bytecode written once, so a run with PYTHONDONTWRITEBYTECODE=1 does not recompile every start
	$(BIN)/python -m compileall -q journey_studio
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/journey-studio $(EXAMPLE)

# ruff and import-linter first (a few seconds): a broken layer or an unused import fails fast
test: $(STAMP)
	$(BIN)/ruff check journey_studio tests tools benchmarks
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info
