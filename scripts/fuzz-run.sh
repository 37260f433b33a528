#!/usr/bin/env bash
# A long fuzzing run of one target (fuzz/TARGET.cpp) for SECONDS, after scripts/fuzz-smoke.sh
# has built build-fuzz/. The corpus grows in build-fuzz/corpus/TARGET (seeded from fuzz/corpus and
# fuzz/regressions); crashing or slow inputs land in build-fuzz/artifacts/. Prints libFuzzer's final
# statistics. Example, two targets at a time on two cores:
#   printf '%s\n' check draft config | xargs -P 2 -I{} scripts/fuzz-run.sh {} 1200
set -euo pipefail
cd "$(dirname "$0")/.."
target="$1"
seconds="${2:-600}"
build=build-fuzz
mkdir -p "$build/corpus/$target" "$build/artifacts"
inputs=("fuzz/corpus/$target")
[ -d "fuzz/regressions/$target" ] && inputs+=("fuzz/regressions/$target")
log="$build/artifacts/$target-$(date +%Y%m%d-%H%M%S).log"
status=0
"$build/fuzz/fuzz_$target" "$build/corpus/$target" "${inputs[@]}" -dict="fuzz/dict/$target.dict" \
  -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/$target-" >"$log" 2>&1 || status=$?
echo "== $target ($seconds s, exit $status, log $log)"
grep -E "^stat::|DONE|ERROR|SUMMARY|invariant|Test unit written" "$log" | grep -v "^#.*NEW" || true
grep -E "^#[0-9]+" "$log" | tail -n 1
exit "$status"
