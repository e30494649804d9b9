#!/usr/bin/env bash
# Runs every analysis command of the CLI on one `innonet generate metro` output and prints one
# row per command: wall seconds, peak resident memory and exit status. This is the check that a
# generated network of 10^7 nodes is usable by the whole tool, not only by `info`.
#
#   bash bench/metro_commands.sh [--nodes N] [--seed S] [--threads T] [--only A,B] [--keep] [FILE]
#
# Without FILE it generates `metro` with N nodes (default 1000000) into $DATA_DIR (default
# /tmp/innonet-metro) as a CSV set, the lossless form that loads fastest. The options are those
# a planner would use on a network that size: the all-pairs and all-sources metrics are asked
# for at the city level or sampled (exact betweenness on 10^7 nodes is 10^7 traversals). Output
# of each command goes to $DATA_DIR/out/<name>.txt; the table goes to stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

nodes=1000000 seed=1 threads=$(nproc) keep=0 file="" only=""
while (($#)); do
  case $1 in
    --nodes) nodes=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --only) only=,$2,; shift 2 ;;  # run only these rows (names of the first column)
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    -*) echo "metro_commands: unknown option $1" >&2; exit 2 ;;
    *) file=$1; shift ;;
  esac
done

build_dir=${BUILD_DIR:-build}
innonet=${INNONET:-$build_dir/innonet}
[[ -x $innonet ]] || { echo "metro_commands: $innonet missing; run bash tools/setup.sh" >&2; exit 2; }
data_dir=${DATA_DIR:-/tmp/innonet-metro}
mkdir -p "$data_dir/out"

generated=0
if [[ -z $file ]]; then
  file=$data_dir/metro$nodes.csv
  if [[ ! -f $data_dir/metro$nodes.nodes.csv ]]; then
    generated=1
    /usr/bin/time -f "%e %M" -o "$data_dir/out/generate.time" \
      "$innonet" --threads "$threads" generate metro --nodes "$nodes" --seed "$seed" -o "$file" \
      > "$data_dir/out/generate.txt"
    read -r secs kb < "$data_dir/out/generate.time"
    printf '%-12s %9.1f s %8d MiB  rc 0  %s\n' generate "$secs" $((kb / 1024)) \
      "generate metro --nodes $nodes --seed $seed"
  fi
fi

failures=0
run() {  # run NAME ARGS...: one analysis command on the file, timed
  local name=$1; shift
  [[ -z $only || $only == *",$name,"* ]] || return 0
  local rc=0
  /usr/bin/time -f "%e %M" -o "$data_dir/out/$name.time" \
    "$innonet" --graph "$file" --threads "$threads" --quiet "$@" \
    > "$data_dir/out/$name.txt" 2> "$data_dir/out/$name.err" || rc=$?
  local secs kb
  read -r secs kb < <(tail -1 "$data_dir/out/$name.time")
  printf '%-12s %9.1f s %8d MiB  rc %d  %s\n' "$name" "$secs" $((kb / 1024)) "$rc" "$*"
  ((rc == 0)) || { failures=$((failures + 1)); sed 's/^/    /' "$data_dir/out/$name.err" | head -5; }
}

echo "# innonet analysis commands on $file ($threads threads)"
run info info
run nodes nodes --type university --limit 20
run neighbors neighbors city-0 --level city
run rollup rollup --level city
run source source city-0
run structure structure --top 10
run rank_pagerank rank --metric pagerank --top 10
run rank_between rank --metric betweenness --samples 64 --seed 1 --top 10
run rank_all_city rank --metric all --level city --top 10
run path path city-0 city-1 --level city
run flow flow --from @city-0 --to @city-1
run whatif whatif --remove city-1 --measure components,pagerank --top 5
run attack attack --by degree --steps 20
run recommend recommend --top 10
run indicators indicators
run compare compare --years 2020 2025
run communities communities --algo leiden --seed 1 --top 5
# The corridor scores run one maximum flow per pair of member cities on the whole network: the
# slowest rows, so they come last.
run corridors corridors
run corridor corridor corridor-0
run report report --top 10

((keep || !generated)) || rm -f "$data_dir"/metro"$nodes".*.csv
echo "# $failures command(s) failed"
((failures == 0))
