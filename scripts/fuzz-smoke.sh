#!/usr/bin/env bash
# CI smoke run of the fuzz targets (fuzz/): builds them with clang, libFuzzer, ASan and UBSan,
# then runs each for a few seconds on its seeds and regressions. Any crash, leak, timeout or
# sanitizer report fails the run. PREPKIT_FUZZ_SECONDS sets the time per target (default 8).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${PREPKIT_FUZZ_SECONDS:-8}"
build=build-fuzz
targets=(question_loader validate_bank mustache_render mustache_data draft check config pack phrase_list)

CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DPREPKIT_FUZZ=ON -DPREPKIT_TESTS=OFF \
  -DPREPKIT_WERROR=ON >/dev/null
cmake --build "$build" -j "$(nproc)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/fuzz-artifacts"
failed=()
runs=0
for target in "${targets[@]}"; do
  mkdir -p "$work/$target"  # new inputs go here, not into the repository
  inputs=("fuzz/corpus/$target")
  [ -d "fuzz/regressions/$target" ] && inputs+=("fuzz/regressions/$target")
  log="$build/fuzz-artifacts/$target.log"
  # A small quarantine keeps ASan's memory within the RSS limit during short runs.
  if ASAN_OPTIONS=quarantine_size_mb=32 "$build/fuzz/fuzz_$target" "$work/$target" "${inputs[@]}" \
      -dict="fuzz/dict/$target.dict" -max_total_time="$seconds" -rss_limit_mb=512 -timeout=5 \
      -artifact_prefix="$build/fuzz-artifacts/$target-" -print_final_stats=1 >"$log" 2>&1; then
    n="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
    runs=$((runs + ${n:-0}))
    echo "fuzz smoke: $target: ${n:-0} inputs, no failure"
  else
    failed+=("$target")
    echo "fuzz smoke: $target FAILED (log: $log)"
    grep -E "ERROR|SUMMARY|invariant|Test unit written" "$log" | head -n 20 || true
  fi
done
echo "fuzz smoke: ${#targets[@]} targets, $runs inputs, ${#failed[@]} failed${failed:+: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
