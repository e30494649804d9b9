#!/usr/bin/env bash
# Sets up innonet on a Debian machine: installs the missing build dependencies with apt-get
# (idempotent, silent when everything is present), configures and builds.
#
#   bash tools/setup.sh            install + build (build/innonet)
#   bash tools/setup.sh run [ARGS] install + build, then run `innonet ARGS` (default: the main
#                                  report on the built-in Nanjing metropolitan dataset)
#   bash tools/setup.sh test       install + build (the Python module too), then run the whole
#                                  test suite through CTest (C++ tests and the pytest suite)
#   bash tools/setup.sh python [SCRIPT [ARGS]]
#                                  install + build the Python module, then run SCRIPT with Debian's
#                                  /usr/bin/python3 and the module from build/python (no SCRIPT:
#                                  the module's pytest suite, python/tests)
#   bash tools/setup.sh fuzz [S]   install clang and the libFuzzer runtime, build the fuzz targets
#                                  (fuzz/: clang, ASan + UBSan, only the libraries they link) in
#                                  build-fuzz and run each for S seconds (default 30) from its
#                                  committed corpus; docs/fuzzing.md
#   bash tools/setup.sh lint [library]
#                                  install clang-tidy, configure, and run .clang-tidy over the
#                                  library and tools sources (not tests/, bench/); `library`: the
#                                  library sources only; fails on a finding (not run by CI: too long)
#   bash tools/setup.sh dist [check]
#                                  install MPI and CombBLAS (libcombblas-dev, libopenmpi-dev,
#                                  openmpi-bin), build innonet-dist (dist/, -DINNONET_DISTRIBUTED=ON)
#                                  next to innonet; `check` then runs its tests (ctest -L dist: 1 and
#                                  4 processes against the single-machine kernels, and the faults);
#                                  docs/distributed.md
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default Release), JOBS (default nproc),
# CMAKE_ARGS (extra configure arguments, e.g. -DINNONET_SANITIZE=address,undefined).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-build}
packages=(build-essential cmake g++ libboost-graph-dev libeigen3-dev nlohmann-json3-dev catch2
          libbenchmark-dev libcli11-dev libedit-dev python3 ccache libpugixml-dev libzip-dev
          libxlsxwriter-dev pkg-config python3-networkx python3-openpyxl)
# lint: clang-tidy and the OpenMP headers clang needs (GCC's omp.h is private to GCC).
[[ $mode == lint ]] && packages+=(clang-tidy libomp-dev)
# Test mode also loads the HTML report in headless Chromium (tests/browser); a CJK font so its
# screenshot shows the Chinese place names (7 MB).
[[ $mode == test ]] && packages+=(chromium fonts-wqy-zenhei)
# fuzz: clang, its libFuzzer/sanitizer runtimes, and OpenMP for clang (libomp).
[[ $mode == fuzz ]] && packages+=(clang libclang-rt-14-dev libomp-dev)
# dist: Open MPI and CombBLAS 1.6.2 (the core library; dist/ writes its kernels on it).
[[ $mode == dist ]] && packages+=(libcombblas-dev libopenmpi-dev openmpi-bin)
# The Python module (python/) and its tests: built in `test` and `python` modes unless CMAKE_ARGS
# turns it off, or turns sanitizers on (CI's ASan+UBSan build: an ASan module cannot load into a
# plain interpreter, so that build has no module and no pytest).
python_module=0
python_args=()
if [[ $mode == test || $mode == python ]] && [[ ${CMAKE_ARGS:-} != *INNONET_PYTHON=OFF* ]]; then
  if [[ ${CMAKE_ARGS:-} == *INNONET_SANITIZE=[a-z]* ]]; then
    [[ $mode == python ]] && { echo "setup: no Python module with sanitizers" >&2; exit 2; }
    python_args=(-DINNONET_PYTHON=OFF)
  else
    python_module=1
    packages+=(python3-dev pybind11-dev python3-numpy python3-pandas python3-scipy python3-pytest
               python3-networkx)
  fi
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

build_dir=${BUILD_DIR:-build}
jobs=${JOBS:-$(nproc)}
targets=(innonet)
[[ $mode == test ]] && targets+=(innonet_tests)
if [[ $mode == fuzz ]]; then
  build_dir=${BUILD_DIR:-build-fuzz}
  BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
  CMAKE_ARGS="-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DINNONET_FUZZ=ON \
-DINNONET_BUILD_TESTS=OFF -DINNONET_BUILD_BENCH=OFF ${CMAKE_ARGS:-}"
  targets=(innonet_fuzz)
fi
if [[ $mode == dist ]]; then
  CMAKE_ARGS="-DINNONET_DISTRIBUTED=ON ${CMAKE_ARGS:-}"
  targets+=(innonet-dist)
  [[ ${2:-} == check ]] && targets+=(innonet_dist_reference)
fi
if ((python_module)); then
  targets+=(innonet_python)
  python_args=(-DINNONET_PYTHON=ON)
fi
# ccache: a rebuild (CI's second configuration, a clone in another folder) reuses every object
# whose source did not change. Paths are hashed relative to the repository root, so any clone hits.
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" "${launcher[@]}" \
  "${python_args[@]}" ${CMAKE_ARGS:-} >/dev/null
if [[ $mode == lint ]]; then
  # Budget on 2 cores: about 6 minutes for the library, 18 with tools/ (every command parses
  # CLI11, Boost and nlohmann/json). Headers are checked where the sources include them
  # (.clang-tidy's HeaderFilterRegex); findings are errors (WarningsAsErrors).
  sources=('engine/*.cpp' 'io/*.cpp' 'algorithms/*.cpp' 'query/*.cpp' 'datasets/*.cpp')
  [[ ${2:-all} == library ]] || sources+=('tools/*.cpp')
  git ls-files "${sources[@]}" |
    xargs -P "$jobs" -n 4 clang-tidy -p "$build_dir" --quiet \
      --extra-arg=-Wno-unknown-warning-option 2> >(grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated' >&2)
  exit
fi
cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}"

case $mode in
  build) ;;
  run)
    shift
    if (($#)); then "$build_dir/innonet" "$@"; else "$build_dir/innonet" report; fi ;;
  test)
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" ;;
  fuzz)
    seconds=${2:-30}
    mkdir -p "$build_dir/fuzz-artifacts"
    while read -r name; do
      [[ -n $name ]] || continue
      work="$build_dir/fuzz-corpus/$name"  # grows here; the committed seeds stay as they are
      log="$build_dir/fuzz-$name.log"
      mkdir -p "$work"
      echo "fuzz: $name for ${seconds} s" >&2
      if ! "$build_dir/fuzz/innonet_fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=1024 \
          -timeout=2 -print_final_stats=1 -artifact_prefix="$build_dir/fuzz-artifacts/$name-" \
          "$work" "fuzz/corpus/$name" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        echo "fuzz: $name failed; the input is in $build_dir/fuzz-artifacts/ (docs/fuzzing.md)" >&2
        exit 1
      fi
      grep -E "^stat::(number_of_executed_units|peak_rss_mb)" "$log" | sed "s/^/  $name /" >&2
    done <"$build_dir/fuzz_targets.txt" ;;
  dist)
    [[ -x $build_dir/innonet-dist ]] || { echo "setup: innonet-dist was not built (see the CMake warning)" >&2; exit 1; }
    if [[ ${2:-} == check ]]; then
      ctest --test-dir "$build_dir" --output-on-failure -L dist -j "$jobs"
    else
      echo "setup: built $build_dir/innonet-dist; run it as: mpirun -np 4 $build_dir/innonet-dist rank --metric pagerank --graph FILE.inb --top 10" >&2
    fi ;;
  python)
    shift
    export PYTHONPATH="$PWD/$build_dir/python${PYTHONPATH:+:$PYTHONPATH}"
    if (($#)); then
      /usr/bin/python3 "$@"
    else  # the module's pytest suite, as CTest's python_pytest runs it
      INNONET_CLI="$PWD/$build_dir/innonet" /usr/bin/python3 -m pytest -q -p no:cacheprovider \
        python/tests
    fi ;;
  *) echo "usage: bash tools/setup.sh [build|run [ARGS...]|test|fuzz [SECONDS]|lint [library]|dist [check]|python [SCRIPT [ARGS...]]]" >&2
     exit 2 ;;
esac
