#!/usr/bin/env bash
# Every test: Python (pytest), the course validator, web unit tests (Vitest), browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

echo "== PostgreSQL for the storage tests =="
FROMZERO_TEST_POSTGRES_URL=$(bash scripts/postgres.sh)
export FROMZERO_TEST_POSTGRES_URL
trap 'bash scripts/postgres.sh stop "$FROMZERO_TEST_POSTGRES_URL" >/dev/null 2>&1 || true' EXIT

echo "== Lint (ruff, ESLint) =="
.venv/bin/ruff check fromzero tests benchmarks
(cd web && npm run --silent lint)

echo "== Python tests =="
.venv/bin/python -m pytest -p no:cacheprovider tests

echo "== Course validator =="
.venv/bin/fromzero check course

echo "== Web unit tests =="
(cd web && npm run --silent test)

echo "== Browser tests =="
bash scripts/e2e.sh

echo "make test finished in $(( $(date +%s) - start )) s"
