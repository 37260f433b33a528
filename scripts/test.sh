#!/usr/bin/env bash
# Quick start, step 2: installs what is missing, builds with warnings as errors, and runs every
# test; then builds and runs them again under AddressSanitizer and UndefinedBehaviorSanitizer;
# then a short smoke run of every fuzz target (scripts/fuzz-smoke.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"

bash scripts/install-deps.sh --test

cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPREPKIT_WERROR=ON >/dev/null
cmake --build build-test -j "$jobs"
ctest --test-dir build-test -j "$jobs" --output-on-failure

if [ "${PREPKIT_SKIP_FUZZ:-}" != "1" ]; then
  bash scripts/fuzz-smoke.sh
fi

# Last, so that the run ends with ctest's own summary line.
if [ "${PREPKIT_SKIP_SANITIZERS:-}" != "1" ]; then
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPREPKIT_WERROR=ON -DPREPKIT_SANITIZE=ON >/dev/null
  cmake --build build-asan -j "$jobs"
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan -j "$jobs" --output-on-failure
fi
