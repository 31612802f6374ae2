#!/usr/bin/env bash
# Prepare the datasets the lessons and demos use, so they work on first start.
# Skipped quickly when the data is already prepared and up to date.
set -uo pipefail
.venv/bin/fromzero datasets prepare mnist shakespeare \
  || echo "Some datasets could not be prepared now; the lessons that need them say how to retry."
# Fashion-MNIST (Part 6) comes from a Debian package: installed when we run as root with apt;
# otherwise the command says what to run, and only the fashion-cnn training panel waits for it.
.venv/bin/fromzero datasets prepare fashion-mnist \
  || echo "Fashion-MNIST is not prepared; the fashion-cnn panel will say how to add it."
