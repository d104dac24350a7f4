# The two newcomer commands: `make run` and `make test` (each sets up .venv first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck contracts pytest dist translations clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 以上が必要です（python3 --version を確認してください）")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/counselor-app

contracts: $(STAMP)
	$(BIN)/lint-imports

lint: $(STAMP)
	$(BIN)/ruff check counselor_app tests benchmarks scripts

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -n auto

test: contracts lint typecheck pytest

translations: $(STAMP)
	$(BIN)/python scripts/build_translations.py

# The onedir folder dist/counselor-app-<version>/ (GUI + CLI), then a check that runs the built
# programs (init, demo, stats, reports, encryption, --screenshot offscreen); see scripts/check_dist.py.
dist: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(BIN)/python scripts/check_dist.py

clean:
	rm -rf build dist .mypy_cache .ruff_cache
