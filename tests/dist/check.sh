#!/usr/bin/env bash
# One check of innonet-dist (tests/dist/CMakeLists.txt registers each case as a CTest test):
#   check.sh CASE INNONET_DIST INNONET REFERENCE MPIRUN WORK_DIR
# Results of innonet-dist at 1 and 4 processes are compared with the single-machine kernels
# (REFERENCE, reference_kernels.cpp; `innonet rank` for the printed top 10) and with each other;
# fault cases check the message, the exit code, that nothing hangs (timeout) and that no output
# file or temporary is left. Loopback only: shared memory between the processes on this machine,
# copied through a buffer (no cross-memory attach, which containers without CAP_SYS_PTRACE refuse).
set -euo pipefail
case_name=$1 dist=$2 innonet=$3 reference=$4 mpirun=$5 work=$6
graphs="$work/graphs"
out="$work/$case_name"
rm -rf "$out"
mkdir -p "$graphs" "$out"
export OMP_NUM_THREADS=1  # four processes on two cores already oversubscribe them

fail() {
  echo "dist check $case_name: $*" >&2
  exit 1
}

# mpirun at P processes, bounded: a hang is a failure, not a stuck CI job.
run_np() {
  local np=$1
  shift
  timeout 120 "$mpirun" --oversubscribe --allow-run-as-root --bind-to none \
    --mca btl self,vader --mca btl_vader_single_copy_mechanism none -np "$np" "$dist" "$@"
}

# The graphs, made once per build directory (innonet writes files atomically, so cases running
# in parallel at worst make one twice).
# Scale 14 by default: BFS then has levels on both of its paths (sparse below n/4096 frontier
# vertices, dense above). Triangles use scale 12: L·L is formed before masking (dist/triangles.hpp).
rmat_graph() {
  local scale=${1:-14}
  [[ -f $graphs/rmat$scale.inb ]] || "$innonet" --quiet generate rmat --scale "$scale" --seed 7 \
    -o "$graphs/rmat$scale.inb" >/dev/null
  echo "$graphs/rmat$scale.inb"
}
nanjing_graph() {
  [[ -f $graphs/nanjing.inb ]] || "$innonet" --quiet convert builtin:nanjing-metro \
    "$graphs/nanjing.inb" >/dev/null
  echo "$graphs/nanjing.inb"
}

# Per-vertex files equal: exactly (integers), or within an absolute tolerance (PageRank).
same_rows() {
  local a=$1 b=$2 tolerance=${3:-0}
  [[ $(wc -l <"$a") == $(wc -l <"$b") ]] || fail "$a and $b differ in length"
  paste -d, "$a" "$b" | awk -F, -v tol="$tolerance" '
    NR == 1 { next }
    { half = NF / 2
      for (i = 1; i <= half; ++i) {
        d = $i - $(i + half); if (d < 0) d = -d
        if (d > tol) { printf "row %d column %d: %s vs %s\n", NR, i, $i, $(i + half); bad = 1; exit }
      } }
    END { exit bad }' || fail "$a and $b differ"
}

# KERNEL GRAPH [ARGS]: innonet-dist at np 1 and 4 with --output, each compared with the reference.
compare_kernel() {
  local kernel=$1 graph=$2 tolerance=$3
  shift 3
  "$reference" "$kernel" "$graph" "$@" >"$out/reference.csv"
  local command=$kernel
  [[ $kernel == pagerank ]] && command=rank
  local extra=()
  [[ $kernel == bfs ]] && extra=(--source "$1")
  for np in 1 4; do
    run_np "$np" --graph "$graph" --output "$out/np$np.csv" "$command" "${extra[@]}" \
      >"$out/np$np.txt"
    same_rows "$out/reference.csv" "$out/np$np.csv" "$tolerance"
  done
  same_rows "$out/np1.csv" "$out/np4.csv" "$tolerance"
}

compare_triangles() {
  local graph=$1
  local expected
  expected=$("$reference" triangles "$graph")
  for np in 1 4; do
    local got
    got=$(run_np "$np" --graph "$graph" --format csv triangles | sed -n 2p)
    [[ $got == "$expected" ]] || fail "np $np: $got triangles, the reference counts $expected"
  done
}

# A failing run: exit code, message on stderr, and no file left in the output directory.
expect_failure() {
  local code=$1 pattern=$2
  shift 2
  local status=0
  run_np "$@" >"$out/stdout.txt" 2>"$out/stderr.txt" || status=$?
  [[ $status == "$code" ]] || fail "exit $status, expected $code; stderr: $(cat "$out/stderr.txt")"
  grep -q -- "$pattern" "$out/stderr.txt" || fail "stderr lacks '$pattern': $(cat "$out/stderr.txt")"
  [[ $(grep -c "innonet-dist:" "$out/stderr.txt") == 1 ]] ||
    fail "the message should be printed once (process 0): $(cat "$out/stderr.txt")"
}

case $case_name in
  pagerank_rmat) compare_kernel pagerank "$(rmat_graph)" 1e-12 ;;
  bfs_rmat) compare_kernel bfs "$(rmat_graph)" 0 5 ;;
  components_rmat) compare_kernel components "$(rmat_graph)" 0 ;;
  degrees_rmat) compare_kernel degrees "$(rmat_graph)" 0 ;;
  kcore_rmat) compare_kernel kcore "$(rmat_graph)" 0 ;;
  kcore_nanjing) compare_kernel kcore "$(nanjing_graph)" 0 ;;
  triangles_rmat) compare_triangles "$(rmat_graph 12)" ;;
  pagerank_nanjing) compare_kernel pagerank "$(nanjing_graph)" 1e-12 ;;
  bfs_nanjing) compare_kernel bfs "$(nanjing_graph)" 0 0 ;;
  components_nanjing) compare_kernel components "$(nanjing_graph)" 0 ;;
  triangles_nanjing) compare_triangles "$(nanjing_graph)" ;;
  top10_rmat)
    # Acceptance: the same top 10 as `innonet rank` (rank, id, name, type; scores to 9 digits).
    graph=$(rmat_graph)
    "$innonet" rank --metric pagerank --graph "$graph" --top 10 --format csv >"$out/innonet.csv"
    for np in 1 4; do
      run_np "$np" rank --metric pagerank --graph "$graph" --top 10 --format csv >"$out/np$np.csv"
      for f in innonet np$np; do
        awk -F, 'NR > 1 { printf "%s,%s,%s,%s,%.9g\n", $1, $2, $3, $4, $5 }' "$out/$f.csv" \
          >"$out/$f.top"
      done
      diff "$out/innonet.top" "$out/np$np.top" || fail "np $np: another top 10 than innonet rank"
    done ;;
  generated_rmat)
    # R-MAT generated at 1 and 4 processes is the graph `innonet generate` wrote: same degrees.
    graph=$(rmat_graph)
    "$reference" degrees "$graph" >"$out/reference.csv"
    for np in 1 4; do
      run_np "$np" --rmat 14 --seed 7 --output "$out/np$np.csv" degrees >/dev/null
      same_rows "$out/reference.csv" "$out/np$np.csv" 0
    done ;;
  fault_non_square)
    expect_failure 2 "square number of processes" 2 --graph "$(rmat_graph)" rank
    [[ ! -s $out/stdout.txt ]] || fail "a refused run printed results" ;;
  fault_missing)
    for np in 1 4; do
      expect_failure 1 "$out/absent.inb" "$np" --graph "$out/absent.inb" --output \
        "$out/result.csv" rank
    done
    [[ -z $(ls -A "$out" | grep -v -E '^(stdout|stderr)\.txt$') ]] || fail "files left: $(ls -A "$out")" ;;
  fault_truncated)
    graph=$(rmat_graph)
    head -c $(($(stat -c %s "$graph") / 2)) "$graph" >"$out/truncated.inb"
    for np in 1 4; do
      expect_failure 1 "truncated" "$np" --graph "$out/truncated.inb" --output "$out/result.csv" \
        rank
    done
    [[ ! -e $out/result.csv ]] || fail "a partial output file was left"
    [[ -z $(ls -A "$out" | grep innonet-dist) ]] || fail "a temporary was left: $(ls -A "$out")" ;;
  fault_corrupt)
    graph=$(rmat_graph)
    cp "$graph" "$out/corrupt.inb"
    # One byte in the middle of the arcs flipped: only the section checksum can notice.
    size=$(stat -c %s "$out/corrupt.inb")
    printf '\xff' | dd of="$out/corrupt.inb" bs=1 seek=$((size * 3 / 4)) conv=notrunc status=none
    for np in 1 4; do
      expect_failure 1 "checksum mismatch" "$np" --graph "$out/corrupt.inb" bfs
    done ;;
  fault_output)
    # An output directory that does not exist: the run fails cleanly, everywhere.
    expect_failure 1 "cannot create" 4 --graph "$(rmat_graph)" --output "$out/no/such/dir.csv" \
      rank ;;
  *) fail "unknown case" ;;
esac
echo "dist check $case_name: ok"
