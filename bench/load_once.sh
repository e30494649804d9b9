#!/usr/bin/env bash
# Issue 15's figure: `innonet rank --metric pagerank --graph rmatS.inb` end to end against the
# snapshot load + the PageRank kernel timed on their own (bench/compare/kernel_runner.cpp, the
# same full snapshot check), and its peak RSS against the CSR's own bytes (the snapshot's arrays).
#   bash bench/load_once.sh [SCALE] [THREADS]     (default 20 and 2; build dir: BUILD_DIR or build)
# Needs build/innonet and build/bench/innonet_kernel_runner (-DINNONET_BUILD_BENCH=ON).
set -euo pipefail
scale=${1:-20}
threads=${2:-2}
build=${BUILD_DIR:-build}
work=$(mktemp -d /tmp/innonet_load_once_XXXXXX)
trap 'rm -rf "$work"' EXIT
"$build/bench/innonet_kernel_runner" generate --scale "$scale" --out "$work/rmat$scale" >/dev/null
graph="$work/rmat$scale.directed.inb"
echo "graph: $graph ($(stat -c %s "$graph") bytes)"
echo "--- kernel_runner: load (full check) and pagerank timed apart"
"$build/bench/innonet_kernel_runner" run --graph "$graph" --direction directed \
  --kernels pagerank --runs 1 --threads "$threads" --verify full
echo "--- innonet rank end to end"
for run in 1 2 3; do
  /usr/bin/time -f "wall %e s, peak RSS %M kB" "$build/innonet" --threads "$threads" --quiet \
    --format csv rank --metric pagerank --top 3 --graph "$graph" >/dev/null
done
