#!/usr/bin/python3
"""GAPBS (the GAP Benchmark Suite, Beamer, Asanović, Patterson 2015) as a peer of bench/compare.

    gapbs_peer.py build --src DIR --bin DIR      compile the kernels from the user's GAPBS tree
    gapbs_peer.py version --src DIR              the tree's commit (git), or "unknown"
    gapbs_peer.py convert --bin DIR --graph X.el --direction directed|undirected
                                                 X.sg once, by GAPBS's converter (undirected: -s)
    gapbs_peer.py run --bin DIR --src DIR --graph X.el --direction D --kernels A,B,...
                      [--threads 1,2] [--source S] [--round R] [--warmup W]

The kernels are compiled with innonet's Release flags (-O3 -march=x86-64-v2 -fopenmp) into --bin,
never into the user's tree. `run` starts one process per kernel and thread count with one trial
(-n W+1, the first W untimed: the first trial after the load pays first-touch page faults and
cold caches), reads GAPBS's own "Trial Time" of the last (the kernel alone: no load, no analysis),
and prints one
JSON line per kernel in the shape of innonet_kernel_runner, so run.sh can alternate innonet and
GAPBS round by round and report.py takes medians over the rounds. The graph is the .sg that
GAPBS's converter made from the same edge list every library reads.

innonet kernel -> GAPBS program (where the definitions differ, it says so):
  bfs                  bfs -r SOURCE (direction-optimising); check = vertices reached
  components           cc (Afforest; weakly connected on a directed graph); check = components
  triangles            tc on the symmetrised graph; check = triangles
  pagerank_1sweep,     pr -t 0 -i 1|21 (Gauss-Seidel: each vertex reads the scores updated before
  pagerank_21sweeps    it in the same sweep) and pr_spmv -t 0 -i 1|21 (Jacobi, innonet's rule);
                       report.py takes (21 - 1) / 20 as one sweep
  pagerank_to_1e-4     pr -t 1e-4 and pr_spmv -t 1e-4: the same L1 change per sweep as innonet's
                       tolerance_l1; check = sweeps. GAPBS keeps float scores (innonet double) and
                       drops the mass of vertices without out-arcs (innonet spreads it)
  pagerank_gauss_seidel_to_1e-4
                       pr -t 1e-4 again, against innonet's Gauss-Seidel option
  pagerank_single_1sweep, pagerank_single_21sweeps, pagerank_single_to_1e-4
                       pr_spmv as above, against innonet's single-precision option (float
                       contributions, double scores; GAPBS keeps both in float)
  betweenness_1source  bc -r SOURCE -i 1: one Brandes search (GAPBS parallelises inside it)
"""
import argparse
import json
import os
import re
import subprocess
import sys

PROGRAMS = ["bfs", "cc", "tc", "pr", "pr_spmv", "bc", "converter"]
FLAGS = ["-std=c++11", "-O3", "-march=x86-64-v2", "-fopenmp", "-w"]


def count(pattern):
    return lambda out: int(re.search(pattern, out, re.M).group(1))


def sweeps(out):
    # With -l, pr and pr_spmv print one "<iteration> <error>" line per sweep.
    return len(re.findall(r"^\s*\d+\s+[0-9.eE+-]+\s*$", out, re.M))


# innonet kernel -> [(variant, program, arguments, check parser or None)]; {s} is the source.
KERNELS = {
    "bfs": [("bfs", "bfs", ["-r", "{s}", "-a"], count(r"BFS Tree has (\d+) nodes"))],
    "components": [("cc", "cc", ["-a"], count(r"There are (\d+) components"))],
    "triangles": [("tc", "tc", ["-a"], count(r"^(\d+) triangles"))],
    "pagerank_1sweep": [("pr (Gauss-Seidel)", "pr", ["-i", "1", "-t", "0", "-l"], sweeps),
                        ("pr_spmv (Jacobi)", "pr_spmv", ["-i", "1", "-t", "0", "-l"], sweeps)],
    "pagerank_21sweeps": [("pr (Gauss-Seidel)", "pr", ["-i", "21", "-t", "0", "-l"], sweeps),
                          ("pr_spmv (Jacobi)", "pr_spmv", ["-i", "21", "-t", "0", "-l"], sweeps)],
    "pagerank_to_1e-4": [("pr (Gauss-Seidel)", "pr", ["-i", "1000", "-t", "1e-4", "-l"], sweeps),
                         ("pr_spmv (Jacobi)", "pr_spmv", ["-i", "1000", "-t", "1e-4", "-l"],
                          sweeps)],
    # innonet's Gauss-Seidel option against the Gauss-Seidel program (pr_spmv is Jacobi).
    "pagerank_gauss_seidel_to_1e-4": [("pr (Gauss-Seidel)", "pr",
                                       ["-i", "1000", "-t", "1e-4", "-l"], sweeps)],
    "betweenness_1source": [("bc", "bc", ["-r", "{s}", "-i", "1"], lambda out: 1)],
}
# innonet's single-precision option against the float Jacobi program.
for _kernel in ("pagerank_1sweep", "pagerank_21sweeps", "pagerank_to_1e-4"):
    KERNELS[_kernel.replace("pagerank_", "pagerank_single_")] = [
        v for v in KERNELS[_kernel] if v[1] == "pr_spmv"]


def version(src):
    try:
        return subprocess.run(["git", "-C", src, "rev-parse", "--short=12", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown (not a git checkout)"


def build(src, bin_dir):
    os.makedirs(bin_dir, exist_ok=True)
    cxx = os.environ.get("CXX", "c++")
    for program in PROGRAMS:
        source = os.path.join(src, "src", program + ".cc")
        target = os.path.join(bin_dir, program)
        newest = max(os.path.getmtime(os.path.join(src, "src", f))
                     for f in os.listdir(os.path.join(src, "src")))
        if os.path.exists(target) and os.path.getmtime(target) >= newest:
            continue
        print(f"gapbs: compiling {program}", file=sys.stderr)
        subprocess.run([cxx, *FLAGS, source, "-o", target], check=True)
    return 0


def sg_path(el):
    return re.sub(r"\.el$", "", el) + ".sg"


def convert(bin_dir, el, direction):
    sg = sg_path(el)
    if os.path.exists(sg) and os.path.getmtime(sg) >= os.path.getmtime(el):
        return 0
    args = [os.path.join(bin_dir, "converter"), "-f", el, "-b", sg]
    if direction == "undirected":
        args.append("-s")
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return 0


def run_one(bin_dir, program, args, graph, direction, threads, warmup):
    """One GAPBS process, warmup + 1 trials: (the last trial's seconds, load seconds, output,
    peak RSS in KiB)."""
    command = [os.path.join(bin_dir, program), "-f", graph, "-n", str(warmup + 1), *args]
    if direction == "undirected" and graph.endswith(".el"):
        command.append("-s")
    env = dict(os.environ, OMP_NUM_THREADS=str(threads))
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                             env=env)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{out}")
    times = dict((label, float(value)) for label, value in
                 re.findall(r"^(Read Time|Build Time):\s*([0-9.]+)", out, re.M))
    trials = [float(t) for t in re.findall(r"^Trial Time:\s*([0-9.]+)", out, re.M)]
    load_s = times.get("Read Time", 0.0) + times.get("Build Time", 0.0)
    # The last trial's output: its log (-l, printed before its "Trial Time") and the analysis
    # (-a, printed once, after it), so the checks never count the warm-up trials.
    pieces = re.split(r"^Trial Time:.*$", out, flags=re.M)
    return trials[-1], load_s, pieces[-2] + pieces[-1], usage.ru_maxrss


def run(a):
    graph = sg_path(a.graph) if os.path.exists(sg_path(a.graph)) else a.graph
    ver = version(a.src)
    for threads in [int(t) for t in a.threads.split(",")]:
        for kernel in [k for k in a.kernels.split(",") if k]:
            for variant, program, args, check in KERNELS[kernel]:
                args = [x.replace("{s}", str(a.source)) for x in args]
                kernel_s, load_s, out, rss = run_one(a.bin, program, args, graph, a.direction,
                                                     threads, a.warmup)
                print(json.dumps({
                    "library": "gapbs", "version": ver, "variant": variant, "kernel": kernel,
                    "graph": a.graph, "input": graph, "threads": threads, "load_s": load_s,
                    "median_s": kernel_s, "times_s": [kernel_s], "cpu_median_s": None,
                    "check": check(out) if check else None, "round": a.round,
                    "peak_rss_kb": rss}), flush=True)
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
    parser.add_argument("--warmup", type=int, default=0, help="untimed trials first (-n)")
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
        return convert(a.bin, a.graph, a.direction)
    return run(a)


if __name__ == "__main__":
    sys.exit(main())
