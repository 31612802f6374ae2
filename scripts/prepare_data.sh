#!/usr/bin/env bash
# Prepare the datasets the first lessons use, so demos work on first start.
set -euo pipefail
if .venv/bin/fromzero datasets --help >/dev/null 2>&1; then
  .venv/bin/fromzero datasets prepare mnist || echo "MNIST could not be prepared now; lessons that need it will say how."
  .venv/bin/fromzero datasets prepare shakespeare || echo "Shakespeare could not be prepared now; lessons that need it will say how."
fi
