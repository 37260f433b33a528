#!/usr/bin/env bash
# Quick start, step 1: installs what is missing, builds prepkit, and drafts the whole
# built-in bank into a folder (default: drafts/). Safe to run again: existing drafts are kept.
set -euo pipefail
cd "$(dirname "$0")/.."
folder="${1:-drafts}"

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DPREPKIT_TESTS=OFF >/dev/null
cmake --build build
./build/prepkit draft --all -o "$folder" --skip-existing
echo "Drafts are in $folder/. Fill one in, then: ./build/prepkit check $folder"
