#!/usr/bin/env bash
# Times `prepkit check` against markdownlint-cli2 (MD043 only) and the bare cmark-gfm parse.
# Usage: bench/run.sh  (RUNS=N runs per command, default 5). Not run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
BUILD=build-bench
PREPKIT=$PWD/$BUILD/prepkit
BARE=$PWD/$BUILD/bench/bare_parse
LINT=$PWD/bench/node_modules/.bin/markdownlint-cli2
TIMES=$(mktemp)
trap 'rm -f "$TIMES" "$TIMES".*' EXIT

build() {
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPREPKIT_BENCH=ON -DPREPKIT_TESTS=OFF >/dev/null
  cmake --build "$BUILD" >/dev/null
  [ -x "$LINT" ] || npm ci --prefix bench --no-audit --no-fund >/dev/null
  for n in 1000 10000 20000; do
    [ -f "bench/corpus/$n/.prepkit-corpus" ] ||
      python3 bench/generate_corpus.py --count "$n" --prepkit "$PREPKIT"
  done
}

# The commands, run from bench/ so markdownlint-cli2 finds .markdownlint-cli2.jsonc.
declare -A COMMANDS=(
  [markdownlint-cli2]="$LINT 'corpus/10000/**/*.md'"
  [prepkit-default-jobs]="$PREPKIT check --format json corpus/10000"
  [prepkit-j1]="$PREPKIT check -j1 --format json corpus/10000"
  [bare-parse]="$BARE corpus/10000"
)
ORDER=(markdownlint-cli2 prepkit-default-jobs prepkit-j1 bare-parse)

# Writes "NAME MEDIAN_WALL_SECONDS MEAN_CPU_SECONDS" lines to $TIMES.
time_with_hyperfine() {
  local args=()
  for name in "${ORDER[@]}"; do args+=(-n "$name" "${COMMANDS[$name]}"); done
  (cd bench && hyperfine -i --style basic --warmup 1 --runs "$RUNS" --export-json "$TIMES.json" "${args[@]}")
  python3 -c 'import json, sys
for r in json.load(open(sys.argv[1]))["results"]: print(r["command"], r["median"], r["user"] + r["system"])' \
    "$TIMES.json" >"$TIMES"
}

time_with_time() {
  for name in "${ORDER[@]}"; do
    for _ in $(seq "$RUNS"); do
      (cd bench && /usr/bin/time -f '%e %U %S' -o "$TIMES.one" bash -c "exec ${COMMANDS[$name]} >/dev/null 2>&1" || true)
      tail -1 "$TIMES.one"
    done | sort -n | awk -v name="$name" '{ t[NR] = $1; cpu += $2 + $3 }
      END { print name, t[int((NR + 1) / 2)], cpu / NR }' >>"$TIMES"
  done
}

# Maximum resident set size of a command, in MB.
max_rss() {
  (cd bench && /usr/bin/time -f %M -o "$TIMES.rss" bash -c "exec $1 >/dev/null 2>&1" || true)
  tail -1 "$TIMES.rss" | awk '{ printf "%.1f", $1 / 1024 }'
}

seconds() { awk -v name="$1" '$1 == name { print $2 }' "$TIMES"; }
cpu_seconds() { awk -v name="$1" '$1 == name { print $3 }' "$TIMES"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

report() {
  echo
  echo "$(date -u +%F), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $($PREPKIT --version);" \
    "markdownlint-cli2 $($LINT --help | head -1 | cut -d' ' -f2-); cmark-gfm $(pkg-config --modversion libcmark-gfm);" \
    "node $(node --version)"
  printf '\n%-22s %14s %12s %12s\n' "10,000 drafts" "median wall s" "mean CPU s" "max RSS MB"
  for name in "${ORDER[@]}"; do
    printf '%-22s %14.3f %12.3f %12s\n' "$name" "$(seconds "$name")" "$(cpu_seconds "$name")" \
      "$(max_rss "${COMMANDS[$name]}")"
  done
  local lint_ratio bare_ratio
  lint_ratio=$(ratio "$(seconds markdownlint-cli2)" "$(seconds prepkit-default-jobs)")
  bare_ratio=$(ratio "$(seconds prepkit-j1)" "$(seconds bare-parse)")
  echo
  echo "markdownlint-cli2 / prepkit (default jobs): ${lint_ratio}x  (target: at least 40x)"
  echo "prepkit -j1 / bare parse:                   ${bare_ratio}x  (target: at most 1.5x)"
  echo "(ratios of median wall times; CPU times count the work alone when the machine is busy)"
  printf '\nmax RSS of prepkit check --format json:'
  for n in 1000 10000 20000; do
    printf '  %s files %s MB' "$n" "$(max_rss "$PREPKIT check --format json corpus/$n")"
  done
  echo
}

build
if command -v hyperfine >/dev/null; then time_with_hyperfine; else time_with_time; fi
report
