#!/usr/bin/env bash
# Issue 15's figure: `innonet rank --metric pagerank --graph rmatS.inb` end to end against the
# snapshot load + the PageRank kernel timed on their own (bench/compare/kernel_runner.cpp, the
# same full snapshot check), and its peak RSS against the CSR's own bytes (the snapshot's arrays),
# for both PageRank layouts: the default (degree-ordered copy of the in-adjacency, fastest sweeps)
# and --low-memory (the graph's own arrays). Runs are interleaved.
#   bash bench/load_once.sh [SCALE] [THREADS] [RUNS]   (default 22, 2 and 3; build dir: BUILD_DIR
#   or build; GRAPH_DIR: reuse rmatS.directed.inb from there instead of generating it)
# Needs build/innonet and build/bench/innonet_kernel_runner (-DINNONET_BUILD_BENCH=ON).
set -euo pipefail
scale=${1:-22}
threads=${2:-2}
runs=${3:-3}
build=${BUILD_DIR:-build}
if [[ -n ${GRAPH_DIR:-} ]]; then
  graph="$GRAPH_DIR/rmat$scale.directed.inb"
else
  work=$(mktemp -d /tmp/innonet_load_once_XXXXXX)
  trap 'rm -rf "$work"' EXIT
  "$build/bench/innonet_kernel_runner" generate --scale "$scale" --out "$work/rmat$scale" >/dev/null
  graph="$work/rmat$scale.directed.inb"
fi
echo "graph: $graph ($(stat -c %s "$graph") bytes)"
for run in $(seq "$runs"); do
  for kernel in pagerank_defaults pagerank_defaults_graph_order; do
    echo "--- run $run: kernel_runner, load (full check) and $kernel timed apart"
    /usr/bin/time -f "kernel_runner $kernel: wall %e s, cpu %U+%S s, peak RSS %M kB" \
      "$build/bench/innonet_kernel_runner" run --graph "$graph" --direction directed \
      --kernels "$kernel" --runs 1 --threads "$threads" --verify full |
      grep -o '"kernel": "[^"]*"\|"load_s": [0-9.e-]*\|"median_s": [0-9.e-]*\|"check": [0-9]*' |
      paste -sd' '
  done
  for flag in "" --low-memory; do
    echo "--- run $run: innonet rank end to end ${flag:-(default)}"
    /usr/bin/time -f "rank ${flag:-default}: wall %e s, cpu %U+%S s, peak RSS %M kB" \
      "$build/innonet" --threads "$threads" --quiet --format csv rank --metric pagerank \
      --top 3 $flag --graph "$graph" >/dev/null
  done
done
