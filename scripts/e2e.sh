#!/usr/bin/env bash
# Start the server on a test port, run the Playwright browser tests against it, stop it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${E2E_PORT:-8765}"
LOG=$(mktemp)
DB_DIR=$(mktemp -d)
# Accounts on, with a throwaway database: the account test signs up a learner.
FROMZERO_DATABASE_URL="sqlite:///$DB_DIR/e2e.db" FROMZERO_SECRET_KEY="e2e-only-secret" \
  .venv/bin/fromzero serve --accounts --host 127.0.0.1 --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$LOG" "$DB_DIR"' EXIT
for _ in $(seq 1 100); do
  if curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $SERVER 2>/dev/null; then cat "$LOG"; echo "The server did not start."; exit 1; fi
  sleep 0.2
done
cd web
FROMZERO_URL="http://127.0.0.1:$PORT" npm run --silent e2e -- "$@"
