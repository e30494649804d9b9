#!/usr/bin/env bash
# Single-machine innonet against innonet-dist at 1 and 4 processes on one R-MAT graph, for
# PageRank, BFS and connected components (docs/distributed.md, bench/RESULTS.md).
#   bash bench/distributed/run.sh [SCALE [REPEATS]]     (defaults: 20, 3)
# Needs build/innonet, build/innonet-dist and build/tests/dist/innonet_dist_reference (bash tools/setup.sh
# dist check builds all three). The single-machine time is the library kernel alone
# (tests/dist/reference_kernels.cpp times it); innonet-dist's is split by --timings into loading
# (reading the snapshot part, building the distributed matrix) and the kernel (with the top-k
# gather and printing). Threads: the single-machine kernel and np 1 use every core, np 4 one
# thread per process. Prints one Markdown table of medians over REPEATS runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${BUILD_DIR:-build}
scale=${1:-20}
repeats=${2:-3}
work=$build/dist-bench
mkdir -p "$work"
graph=$work/rmat$scale.inb
reference=$build/tests/dist/innonet_dist_reference
[[ -f $graph ]] || "$build/innonet" --quiet generate rmat --scale "$scale" -o "$graph" >/dev/null
cores=$(nproc)
# BFS from the vertex of largest degree (in the giant component).
source=$("$reference" degrees "$graph" 2>/dev/null |
  awk -F, 'NR > 1 && $2 > best { best = $2; v = $1 } END { print v }')

run_dist() {
  local np=$1 threads=$2 kernel=$3
  local command=(rank)
  [[ $kernel == bfs ]] && command=(bfs --source "$source")
  [[ $kernel == components ]] && command=(components)
  OMP_NUM_THREADS=$threads timeout 1200 mpirun --oversubscribe --allow-run-as-root --bind-to none \
    --mca btl self,vader -np "$np" "$build/innonet-dist" --timings --graph "$graph" \
    "${command[@]}" 2>&1 >/dev/null | sed -n 's/.*timings: load \([0-9.e-]*\) s, kernel \([0-9.e-]*\) s.*/\1 \2/p'
}

results=$work/results.txt
: >"$results"
for kernel in pagerank bfs components; do
  for ((r = 0; r < repeats; ++r)); do
    extra=()
    [[ $kernel == bfs ]] && extra=("$source")
    single=$(OMP_NUM_THREADS=$cores "$reference" "$kernel" "$graph" "${extra[@]}" \
      2>&1 >/dev/null | awk '/kernel_seconds/ { print $2 }')
    echo "$kernel single - $single" >>"$results"
    read -r load kernel_s < <(run_dist 1 "$cores" "$kernel")
    echo "$kernel np1 $load $kernel_s" >>"$results"
    read -r load kernel_s < <(run_dist 4 1 "$kernel")
    echo "$kernel np4 $load $kernel_s" >>"$results"
  done
done

python3 - "$results" "$scale" "$repeats" "$source" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
scale, repeats, source = sys.argv[2], sys.argv[3], sys.argv[4]
def med(kernel, who, column):
    return statistics.median(float(r[column]) for r in rows if r[0] == kernel and r[1] == who)
print(f"R-MAT scale {scale}, medians of {repeats} runs (seconds); BFS from vertex {source}")
print()
print("| kernel | innonet (1 machine) | dist np 1: load | dist np 1: kernel | dist np 4: load | dist np 4: kernel | np 1 / innonet | np 4 / innonet | np 4 / np 1 |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for k in ["pagerank", "bfs", "components"]:
    s, l1, k1, l4, k4 = med(k, "single", 3), med(k, "np1", 2), med(k, "np1", 3), med(k, "np4", 2), med(k, "np4", 3)
    print(f"| {k} | {s:.3f} | {l1:.2f} | {k1:.3f} | {l4:.2f} | {k4:.3f} | {k1/s:.1f} | {k4/s:.1f} | {k4/k1:.2f} |")
PY
