#!/usr/bin/env bash
# Sets up innonet on a Debian machine: installs the missing build dependencies with apt-get
# (idempotent, silent when everything is present), configures and builds.
#
#   bash tools/setup.sh            install + build (build/innonet)
#   bash tools/setup.sh run [ARGS] install + build, then run `innonet ARGS` (default: the main
#                                  report on the built-in Nanjing metropolitan dataset)
#   bash tools/setup.sh test       install + build (the Python module too), then run the whole
#                                  test suite through CTest (C++ tests and the pytest suite)
#   bash tools/setup.sh python SCRIPT [ARGS]
#                                  install + build the Python module, then run SCRIPT with Debian's
#                                  /usr/bin/python3 and the module from build/python
#
# Environment: BUILD_DIR (default build), BUILD_TYPE (default Release), JOBS (default nproc),
# CMAKE_ARGS (extra configure arguments, e.g. -DINNONET_SANITIZE=address,undefined).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-build}
packages=(build-essential cmake g++ libboost-graph-dev libeigen3-dev nlohmann-json3-dev catch2
          libbenchmark-dev libcli11-dev python3 ccache)
# Test mode also loads the HTML report in headless Chromium (tests/browser); a CJK font so its
# screenshot shows the Chinese place names (7 MB).
[[ $mode == test ]] && packages+=(chromium fonts-wqy-zenhei)
# The Python module (python/) and its tests: built in `test` and `python` modes unless CMAKE_ARGS
# turns it off (CI's sanitizer build does: an ASan module cannot load into a plain interpreter).
python_module=0
if [[ $mode == test || $mode == python ]] && [[ ${CMAKE_ARGS:-} != *INNONET_PYTHON=OFF* ]]; then
  python_module=1
  packages+=(python3-dev pybind11-dev python3-numpy python3-pandas python3-scipy python3-pytest
             python3-networkx)
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
python_args=()
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
cmake --build "$build_dir" -j "$jobs" --target "${targets[@]}"

case $mode in
  build) ;;
  run)
    shift
    if (($#)); then "$build_dir/innonet" "$@"; else "$build_dir/innonet" report; fi ;;
  test)
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" ;;
  python)
    shift
    (($#)) || { echo "usage: bash tools/setup.sh python SCRIPT [ARGS...]" >&2; exit 2; }
    PYTHONPATH="$PWD/$build_dir/python${PYTHONPATH:+:$PYTHONPATH}" /usr/bin/python3 "$@" ;;
  *) echo "usage: bash tools/setup.sh [build|run [ARGS...]|test|python SCRIPT [ARGS...]]" >&2
     exit 2 ;;
esac
