#!/usr/bin/env bash
# Installs the Debian 12 packages prepkit needs to build and test, skipping those already present.
# --test adds what the tests need, the fuzz smoke run included; --fuzz adds only the fuzzing tools.
set -euo pipefail

packages=(
  cmake g++ ninja-build pkg-config
  libcli11-dev libyaml-cpp-dev libfmt-dev catch2
  libcmark-gfm-dev libcmark-gfm-extensions-dev nlohmann-json3-dev libre2-dev
)
fuzz_packages=(clang libclang-rt-14-dev)  # libFuzzer and the sanitizer runtimes for clang
if [ "${1:-}" = "--test" ]; then
  # pack's PDF print test (tests/pack); integration tests (tests/integration): package, man page,
  # completions, pre-commit, vim; the fuzz smoke run (scripts/fuzz-smoke.sh).
  packages+=(python3 python3-jsonschema python3-yaml chromium poppler-utils fonts-liberation
             git dpkg-dev groff-base bash-completion zsh fish pre-commit vim "${fuzz_packages[@]}")
elif [ "${1:-}" = "--fuzz" ]; then
  packages+=("${fuzz_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "prepkit: installing ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
