#!/usr/bin/env bash
# Runs one libFuzzer target for a while over the seed corpus.
#   fuzz/run.sh BINARY SECONDS SEED_DIR... [-- extra libFuzzer flags]
# New interesting inputs go to a temporary folder (never into tests/data); a crash is written
# to ./crash-* (or $BAZA_FUZZ_ARTIFACTS/) and makes the script fail.
set -euo pipefail
bin="$1"
seconds="$2"
shift 2
seeds=()
while [[ $# -gt 0 && "$1" != "--" ]]; do
    seeds+=("$1")
    shift
done
[[ "${1:-}" == "--" ]] && shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artifacts="${BAZA_FUZZ_ARTIFACTS:-$PWD}"
mkdir -p "$artifacts"
exec "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@" "$work" "${seeds[@]}"
