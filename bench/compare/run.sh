#!/usr/bin/env bash
# The peer comparison, in one command:
#
#   bash bench/compare/run.sh [--scales 12,18] [--runs 3] [--threads 1,2] [--quick]
#                             [--networkx-max-scale 12] [--all-pairs-max-scale 14]
#                             [--kernels pagerank,bfs,...]
#                             [--planted 20] [--lfr 1000000] [--append] [--no-install]
#                             [--out bench/RESULTS.md] [--section NAME]
#                             [--peers igraph,graph-tool,networkx,gapbs,networkit]
#                             [--gapbs-src DIR] [--networkit-src DIR] [--warmup 1]
#
# 1. installs the peers with apt-get when /usr/bin/python3 cannot import them (python3-igraph,
#    python3-graph-tool, python3-networkx; a peer that cannot be installed is skipped). Nothing in
#    the build or the tests needs them.
# 2. builds innonet_kernel_runner and innonet_stream_triad (BUILD_DIR, default build-compare).
# 3. measures STREAM triad bandwidth at each thread count.
# 4. per scale: generates the R-MAT graph once (DATA_DIR, default $BUILD_DIR/compare-data): bare
#    "u v" edge lists, directed and undirected, that every peer reads, plus innonet snapshots.
# 5. times innonet (edge-list load, snapshot load, each kernel) and the peers on the same files;
#    the load is timed on its own; each kernel is the median of --runs calls; innonet and
#    graph-tool at each --threads count (igraph and NetworkX are single-threaded); NetworkX only
#    up to --networkx-max-scale.
# 6. prints the ratio table (peer time / innonet time) and writes --out (bench/RESULTS.md) with
#    the machine, every version and the bandwidth figure. Raw JSON lines: $DATA_DIR/results.jsonl.
# --kernels: only these (default: every kernel the runner lists). --quick: scale 12, one run
# each (a smoke test of the harness, seconds). --lfr N,...: also an LFR graph of N nodes (mixing
# 0.3; see below) for the community kernels. --planted S,...: also a planted partition of 2^S
# nodes (stochastic block model, blocks of 500, average degree 16, mixing 0.3: the community
# benchmark's graph, written by `innonet generate sbm`) for the community kernels (louvain and
# leiden; igraph multilevel as the peer); --scales "" runs only those. --append: add to the raw
# results of the previous run instead of starting afresh (several invocations, e.g. fewer runs
# for the slowest kernels, one report).
# --section NAME: write the report into the block of --out marked with NAME (report.py), leaving
# the rest of the file (other benchmarks' sections) as it is; without it --out is rewritten whole.
# --peers: which peers (default igraph,graph-tool,networkx). The native peers GAPBS and NetworKit
# are built from a source tree the user points to (--gapbs-src DIR: a checkout of
# github.com/sbeamer/gapbs; --networkit-src DIR: github.com/networkit/networkit with its
# submodules), into $BUILD_DIR/peers/, never into that tree; each is skipped with a note when its
# tree is absent. For their shared kernels (gapbs_peer.py, networkit_peer.py) innonet and each
# native peer run round by round, one run each per round (--runs rounds), on the same graph
# (innonet's snapshot and GAPBS's .sg are both made from the edge list every library reads), so a
# change in the machine's load falls on all of them alike; report.py takes the medians. In each
# round every library first runs each kernel --warmup times untimed (default 1): the first call
# after a load pays page faults and cold caches, and GAPBS's first trial is several times slower.
set -euo pipefail
cd "$(dirname "$0")/../.."

scales=12,18
runs=3
threads=1,2
nx_max=12
all_pairs_max=14
install=1
peer_list=igraph,graph-tool,networkx
gapbs_src=""
networkit_src=""
warmup=1
only=""
planted=""
lfr=""
append=0
out=bench/RESULTS.md
section=""
while (($#)); do
  case $1 in
    --scales) scales=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --networkx-max-scale) nx_max=$2; shift 2 ;;
    --all-pairs-max-scale) all_pairs_max=$2; shift 2 ;;
    --no-install) install=0; shift ;;
    --kernels) only=$2; shift 2 ;;
    --planted) planted=$2; shift 2 ;;
    --lfr) lfr=$2; shift 2 ;;
    --append) append=1; shift ;;
    --out) out=$2; shift 2 ;;
    --section) section=$2; shift 2 ;;
    --peers) peer_list=$2; shift 2 ;;
    --gapbs-src) gapbs_src=$2; shift 2 ;;
    --networkit-src) networkit_src=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --quick) scales=12; runs=1; shift ;;
    *) echo "run.sh: unknown option $1 (see the header of bench/compare/run.sh)" >&2; exit 2 ;;
  esac
done

py=/usr/bin/python3  # Debian's interpreter: the one the apt packages install into
build=${BUILD_DIR:-build-compare}
data=${DATA_DIR:-$build/compare-data}
mkdir -p "$data"
results=$data/results.jsonl
((append)) || : >"$results"
# innonet's commit as built now, for the report's "Versions" (a report written again later from
# these results must not name the checkout of that later day).
inno_version=$(git rev-parse --short HEAD)
[[ -n $(git status --porcelain -- engine io algorithms bench ':!bench/RESULTS.md') ]] &&
  inno_version+=" (uncommitted changes)"
printf '{"library": "innonet", "version": "%s"}\n' "$inno_version" >>"$results"
log() { echo "compare: $*" >&2; }

# 1. Peers.
declare -A module=([igraph]=igraph [graph-tool]=graph_tool [networkx]=networkx)
declare -A package=([igraph]=python3-igraph [graph-tool]=python3-graph-tool
                    [networkx]=python3-networkx)
wanted() { [[ ",$peer_list," == *",$1,"* ]]; }
missing=()
for lib in igraph graph-tool networkx; do
  wanted "$lib" || continue
  "$py" -c "import ${module[$lib]}" 2>/dev/null || missing+=("${package[$lib]}")
done
if ((${#missing[@]})) && ((install)); then
  log "installing ${missing[*]}"
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq || true
  for p in "${missing[@]}"; do
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$p" >/dev/null ||
      log "could not install $p: skipping that peer"
  done
fi
peers=()
for lib in igraph graph-tool networkx; do
  wanted "$lib" || continue
  if "$py" -c "import ${module[$lib]}" 2>/dev/null; then peers+=("$lib"); else log "no $lib"; fi
done

# 2. Build.
configure=(-DCMAKE_BUILD_TYPE=Release)
[[ -f $build/CMakeCache.txt ]] || configure+=(-DINNONET_BUILD_TESTS=OFF)  # a new dir: no tests
cmake -S . -B "$build" "${configure[@]}" >/dev/null
targets=(innonet_kernel_runner innonet_stream_triad)
[[ -n $planted || -n $lfr ]] && targets+=(innonet)
cmake --build "$build" -j "${JOBS:-2}" --target "${targets[@]}" >&2
runner=$build/bench/innonet_kernel_runner

# 2b. Native peers, from the user's source trees (skipped with a note when absent or failing).
declare -A native_src=([gapbs]=$gapbs_src [networkit]=$networkit_src)
declare -A native_script=([gapbs]=bench/compare/gapbs_peer.py
                          [networkit]=bench/compare/networkit_peer.py)
native=()
for lib in gapbs networkit; do
  wanted "$lib" || continue
  src=${native_src[$lib]}
  if [[ -z $src || ! -d $src ]]; then
    log "no $lib source tree (--$lib-src DIR): skipping $lib"
    continue
  fi
  if "$py" "${native_script[$lib]}" build --src "$src" --bin "$build/peers/$lib" >&2; then
    native+=("$lib")
  else
    log "could not build $lib from $src: skipping $lib"
  fi
done

# 3. Bandwidth.
for t in ${threads//,/ }; do
  log "STREAM triad, $t thread(s)"
  OMP_NUM_THREADS=$t "$build/bench/innonet_stream_triad" >>"$results"
done

# Kernels the runner has, by the direction of the file they run on (and in --kernels, if given).
# All-pairs kernels (closeness, harmonic: one search per vertex, hours at scale 18 for the peers)
# join by default only up to --all-pairs-max-scale; naming them in --kernels runs them anyway.
runner_kernels() {
  "$runner" list | awk -v d="$1" -v only=",$only," -v big=$((${scale:-0} > all_pairs_max)) \
    '$2 == d && (only == ",," || index(only, "," $1 ",")) &&
     !(only == ",," && big && ($1 == "closeness" || $1 == "harmonic")) {print $1}'
}
kernels_for() { runner_kernels "$1" | paste -sd, -; }
peer_kernels() {  # the runner's kernels of direction $2 that peer $1 also has
  local have; have=$("$py" -W ignore bench/compare/peers.py "$1" --list 2>/dev/null)
  [[ -z $have ]] && return 0
  runner_kernels "$2" | grep -xF -f <(echo "$have") |
    paste -sd, - || true
}

# The kernels of direction $1 that some native peer has (and in --kernels, if given).
native_kernels() {
  local lib have=""
  for lib in "${native[@]}"; do have+=$("$py" "${native_script[$lib]}" list)$'\n'; done
  runner_kernels "$1" | grep -xF -f <(echo "$have") | paste -sd, - || true
}

# The community kernels for the planted and LFR graphs: louvain and leiden, or those of
# louvain, leiden and leiden_3passes named in --kernels.
community_kernels() {
  if [[ -z $only ]]; then echo louvain,leiden; return; fi
  tr , '\n' <<<"$only" | grep -xE 'louvain|leiden|leiden_3passes' | paste -sd, - || true
}

# Rounds of one run each: innonet (reading $1: its snapshot where there is one), then every
# native peer (reading the edge list $2 or what it converts it to), on the same source.
interleave() {
  local inno_file=$1 file=$2 direction=$3 source=$4 kernels=${5:-} lib round
  [[ -z $kernels ]] && kernels=$(native_kernels "$direction")
  [[ -z $kernels ]] && return 0
  for lib in "${native[@]}"; do
    "$py" "${native_script[$lib]}" convert --bin "$build/peers/$lib" \
      --graph "$file" --direction "$direction" >&2
  done
  for ((round = 0; round < runs; ++round)); do
    log "${file##*/}, round $((round + 1))/$runs: innonet, ${native[*]} ($kernels)"
    "$runner" run --graph "$inno_file" --direction "$direction" --kernels "$kernels" \
      --threads "$threads" --runs 1 --warmup "$warmup" --source "$source" --round "$round" \
      >>"$results"
    for lib in "${native[@]}"; do
      "$py" "${native_script[$lib]}" run --src "${native_src[$lib]}" --bin "$build/peers/$lib" \
        --graph "$file" --direction "$direction" --threads "$threads" \
        --kernels "$(echo "$kernels" | tr , '\n' | grep -xF -f <("$py" "${native_script[$lib]}" list) |
                     paste -sd, -)" \
        --source "$source" --round "$round" --warmup "$warmup" >>"$results" ||
        log "$lib failed on ${file##*/}"
    done
  done
}

for scale in ${scales//,/ }; do
  prefix=$data/rmat$scale
  if [[ ! -s $prefix.undirected.inb ]]; then
    log "generating R-MAT scale $scale"
    "$runner" generate --scale "$scale" --out "$prefix" >&2
  fi
  for direction in directed undirected; do
    file=$prefix.$direction.el
    kernels=$(kernels_for "$direction")
    log "scale $scale $direction: innonet ($kernels)"
    "$runner" run --graph "$prefix.$direction.inb" --direction "$direction" --threads "$threads" \
      >>"$results"
    "$runner" run --graph "$file" --direction "$direction" --kernels "$kernels" \
      --threads "$threads" --runs "$runs" | tee -a "$results" >"$data/innonet.last"
    source=$("$py" -c 'import json,sys; print(json.loads(sys.stdin.readline())["source"])' \
      <"$data/innonet.last")
    for lib in "${peers[@]}"; do
      [[ $lib == networkx ]] && ((scale > nx_max)) && continue
      lib_threads=1; [[ $lib == graph-tool ]] && lib_threads=$threads
      lib_kernels=$(peer_kernels "$lib" "$direction")
      [[ -z $lib_kernels ]] && continue
      log "scale $scale $direction: $lib ($lib_kernels)"
      OMP_NUM_THREADS=${lib_threads##*,} "$py" -W ignore bench/compare/peers.py "$lib" \
        --graph "$file" --direction "$direction" --kernels "$lib_kernels" --runs "$runs" \
        --threads "$lib_threads" --source "$source" >>"$results" ||
        log "$lib failed on scale $scale $direction"
    done
    ((${#native[@]})) && interleave "$prefix.$direction.inb" "$file" "$direction" "$source"
  done
done

for scale in ${planted//,/ }; do
  file=$data/planted$scale.undirected.el
  if [[ ! -s $file ]]; then
    log "generating the planted partition, 2^$scale nodes"
    nodes=$((1 << scale))
    "$build/innonet" --quiet generate sbm --nodes "$nodes" --blocks $((nodes / 500)) \
      --edge-factor 8 --mixing 0.3 --seed 7 -o "$data/planted$scale.el" >&2
    grep -v '^#' "$data/planted$scale.el" >"$file"  # bare "u v" lines, as for R-MAT
  fi
  community=$(community_kernels)
  [[ -z $community ]] && continue
  log "planted $scale: innonet ($community)"
  "$runner" run --graph "$file" --direction undirected --kernels "$community" \
    --threads "$threads" --runs "$runs" >>"$results"
  [[ " ${native[*]} " == *" networkit "* ]] &&
    interleave "$file" "$file" undirected 0 "$community"
  if [[ " ${peers[*]} " == *" igraph "* ]]; then
    log "planted $scale: igraph (louvain)"
    "$py" -W ignore bench/compare/peers.py igraph --graph "$file" --direction undirected \
      --kernels louvain --runs "$runs" >>"$results" || log "igraph failed on planted $scale"
  fi
done

# LFR graphs (Lancichinetti, Fortunato, Radicchi 2008) of N nodes, the community benchmark the
# native peers' papers use: mixing 0.3, average degree 20 (edge factor 10), largest degree 50,
# degree exponent 2, community sizes 20 to 100 with exponent 1, seed 7. Louvain and Leiden only:
# innonet's runs, then innonet and NetworKit interleaved, then igraph's multilevel.
for nodes in ${lfr//,/ }; do
  file=$data/lfr$nodes.undirected.el
  if [[ ! -s $file ]]; then
    log "generating the LFR graph, $nodes nodes"
    "$build/innonet" --quiet generate lfr --nodes "$nodes" --edge-factor 10 --max-degree 50 \
      --tau1 2 --tau2 1 --min-community 20 --max-community 100 --mixing 0.3 --seed 7 \
      -o "$data/lfr$nodes.el" >&2
    grep -v '^#' "$data/lfr$nodes.el" >"$file"  # bare "u v" lines, as for R-MAT
  fi
  community=$(community_kernels)
  [[ -z $community ]] && continue
  log "LFR $nodes: innonet ($community)"
  "$runner" run --graph "$file" --direction undirected --kernels "$community" \
    --threads "$threads" --runs "$runs" >>"$results"
  [[ " ${native[*]} " == *" networkit "* ]] &&
    interleave "$file" "$file" undirected 0 "$community"
  if [[ " ${peers[*]} " == *" igraph "* ]]; then
    log "LFR $nodes: igraph (louvain)"
    "$py" -W ignore bench/compare/peers.py igraph --graph "$file" --direction undirected \
      --kernels louvain --runs "$runs" >>"$results" || log "igraph failed on LFR $nodes"
  fi
done

# 6. Report.
"$py" bench/compare/report.py "$results" --out "$out" --build "$build" --section "$section" \
  --peers "$(IFS=,; echo "${peers[*]}")" --native "$(IFS=,; echo "${native[*]}")"
