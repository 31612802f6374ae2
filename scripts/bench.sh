#!/usr/bin/env bash
# Benchmarks print ratios against a baseline measured in the same run; they assert nothing.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for bench in benchmarks/*_bench.py; do
  echo "== $bench =="
  .venv/bin/python "$bench" || status=1
done
exit $status
