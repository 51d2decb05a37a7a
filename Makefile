# The commands of the README: `make run` and `make test` (each sets itself up), and the
# builds `make dist` (the desktop app in dist/journey-studio/) and `make deb` (its Debian package).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE ?= examples/saas-customer.journey
# The app is built from a venv of its own that holds only the runtime dependencies and
# PyInstaller: nothing of the test tools can ride along.
DIST_VENV := build/dist-venv
DIST_STAMP := $(DIST_VENV)/.installed

.PHONY: run test bench screenshots clean dist deb

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
	$(BIN)/ruff check journey_studio tests tools benchmarks packaging
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

$(DIST_STAMP): pyproject.toml
	rm -rf $(DIST_VENV)
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet '.[dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(DIST_VENV)/bin/python -m PyInstaller --noconfirm --log-level WARN \
		--distpath dist --workpath build/pyinstaller journey_studio.spec
	@du -sh dist/journey-studio

deb: dist
	$(DIST_VENV)/bin/python tools/make_deb.py

clean:
	rm -rf $(VENV) build dist *.egg-info
