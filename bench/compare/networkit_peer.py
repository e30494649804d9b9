#!/usr/bin/python3
"""NetworKit (Staudt, Sazonovs, Meyerhenke 2016) as a peer of bench/compare.

    networkit_peer.py build --src DIR --bin DIR    build NetworKit's C++ core from the user's tree
                                                   (with its submodules tlx, ttmath, dhb) into
                                                   DIR/build, then networkit_runner.cpp against it
    networkit_peer.py version --src DIR            the tree's commit: git, else DIR/COMMIT
    networkit_peer.py convert ...                  nothing to do (NetworKit reads the edge list)
    networkit_peer.py run --bin DIR --src DIR --graph X.el --direction D --kernels A,B,...
                          [--threads 1,2] [--source S] [--round R]

The core is configured Release with innonet's flags (-O3 -march=x86-64-v2) and built with
JOBS (default 2) jobs; a full build takes tens of minutes on two cores, and run.sh skips
NetworKit with a note when it fails. `run` starts networkit_runner once per thread count; it
loads the edge list (timed on its own) and runs each kernel once (see networkit_runner.cpp for
the kernel definitions).
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FLAGS = "-O3 -march=x86-64-v2"
KERNELS = ["bfs", "components", "triangles", "pagerank_1sweep", "pagerank_21sweeps",
           "pagerank_to_1e-4", "kcore", "louvain", "leiden", "leiden_3passes"]


def version(src):
    try:
        return subprocess.run(["git", "-C", src, "rev-parse", "--short=12", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        path = os.path.join(src, "COMMIT")
        return open(path).read().strip()[:12] if os.path.exists(path) else "unknown"


def build(src, bin_dir):
    core = os.path.join(bin_dir, "build")
    jobs = os.environ.get("JOBS", "2")
    if not os.path.exists(os.path.join(core, "libnetworkit.so")):
        subprocess.run(["cmake", "-S", src, "-B", core, "-DCMAKE_BUILD_TYPE=Release",
                        f"-DCMAKE_CXX_FLAGS={FLAGS}", "-DNETWORKIT_BUILD_TESTS=OFF",
                        "-DNETWORKIT_QUIET_LOGGING=ON"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run(["cmake", "--build", core, "-j", jobs, "--target", "networkit"],
                       check=True)
    runner = os.path.join(bin_dir, "networkit_runner")
    source = os.path.join(HERE, "networkit_runner.cpp")
    if not os.path.exists(runner) or os.path.getmtime(runner) < os.path.getmtime(source):
        cxx = os.environ.get("CXX", "c++")
        includes = [os.path.join(src, "include"), os.path.join(src, "extlibs", "tlx"),
                    os.path.join(src, "extlibs", "ttmath"),
                    os.path.join(src, "extlibs", "dhb", "include"), core,
                    os.path.join(core, "tlx")]
        subprocess.run([cxx, "-std=c++20", *FLAGS.split(), "-fopenmp", source, "-o", runner,
                        *[f"-I{i}" for i in includes], f"-L{core}", "-lnetworkit",
                        f"-Wl,-rpath,{os.path.abspath(core)}"], check=True)
    return 0


def run(a):
    runner = os.path.join(a.bin, "networkit_runner")
    kernels = ",".join(k for k in a.kernels.split(",") if k in KERNELS)
    if not kernels:
        return 0
    for threads in [int(t) for t in a.threads.split(",")]:
        env = dict(os.environ, OMP_NUM_THREADS=str(threads))
        subprocess.run([runner, "--graph", a.graph, "--direction", a.direction, "--kernels",
                        kernels, "--source", str(a.source), "--round", str(a.round),
                        "--warmup", str(a.warmup),
                        "--version", version(a.src)], check=True, env=env)
        sys.stdout.flush()
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["build", "version", "convert", "run", "list"])
    parser.add_argument("--src", default="")
    parser.add_argument("--bin", default="")
    parser.add_argument("--graph", default="")
    parser.add_argument("--direction", default="directed", choices=["directed", "undirected"])
    parser.add_argument("--kernels", default="")
    parser.add_argument("--threads", default="1")
    parser.add_argument("--source", type=int, default=0)
    parser.add_argument("--round", type=int, default=-1)
    parser.add_argument("--warmup", type=int, default=0)
    a = parser.parse_args()
    if a.mode == "list":
        print("\n".join(KERNELS))
        return 0
    if a.mode == "version":
        print(version(a.src))
        return 0
    if a.mode == "build":
        return build(a.src, a.bin)
    if a.mode == "convert":
        return 0
    return run(a)


if __name__ == "__main__":
    sys.exit(main())
