#!/usr/bin/env bash
# Prepare the datasets the first lessons and demos use, so they work on first start.
# Skipped quickly when the data is already prepared and up to date.
set -uo pipefail
.venv/bin/fromzero datasets prepare mnist shakespeare \
  || echo "Some datasets could not be prepared now; the lessons that need them say how to retry."
