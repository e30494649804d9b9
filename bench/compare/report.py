#!/usr/bin/python3
"""Turns bench/compare/run.sh's JSON lines into the ratio table (stdout) and bench/RESULTS.md.

    report.py RESULTS.jsonl --out bench/RESULTS.md [--build BUILD_DIR] [--peers igraph,...]
              [--section NAME]

--section NAME: instead of writing the whole file, replace (or add, before the file's first
"## " heading) the block between the markers <!-- run.sh section NAME: begin --> and
<!-- run.sh section NAME: end --> in --out, with every heading one level down, and leave the
rest of the file as it is (RESULTS.md also holds sections written by other benchmarks).

Ratios are peer time / innonet time at the same thread count (igraph and NetworkX always run on
one thread, so their ratio against innonet at 2 threads includes innonet's parallel speed-up).
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess
from collections import defaultdict

import report_native


def sh(command):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True,
                              timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def machine():
    lscpu = sh("lscpu")
    model = re.search(r"Model name:\s*(.+)", lscpu)
    cpus = re.search(r"^CPU\(s\):\s*(\d+)", lscpu, re.M)
    l3 = re.search(r"L3 cache:\s*(.+)", lscpu)
    mem_kb = int(re.search(r"MemTotal:\s*(\d+)", open("/proc/meminfo").read()).group(1))
    return {
        "cpu": model.group(1) if model else platform.processor(),
        "cpus": cpus.group(1) if cpus else str(os.cpu_count()),
        "l3": l3.group(1) if l3 else "?",
        "memory_gib": f"{mem_kb / 2**20:.1f}",
        "kernel": platform.release(),
        "load": " ".join(open("/proc/loadavg").read().split()[:3]),
    }


def versions(build, peer_versions):
    peer_versions = dict(peer_versions)
    cache = open(os.path.join(build, "CMakeCache.txt")).read() if build else ""
    compiler = re.search(r"CMAKE_CXX_COMPILER:\w+=(.+)", cache)
    cxx = sh(f"{compiler.group(1) if compiler else 'c++'} --version").splitlines()
    pkg = lambda p: sh(f"dpkg-query -W -f='${{Version}}' {p} 2>/dev/null") or "?"
    # innonet's commit as run.sh recorded it when the run started (the tree may have moved on by
    # the time a report is written again from the same results); results of older runs lack it.
    out = {
        "innonet": peer_versions.pop("innonet", None)
        or sh("git rev-parse --short HEAD") + " (the checkout when the report was written)",
        "compiler": cxx[0] if cxx else "?",
        "flags": "-O3 -march=x86-64-v2 -fopenmp (Release)",
        "OpenMP runtime": "libgomp " + pkg("libgomp1"),
        "Boost": pkg("libboost-dev"), "Eigen": pkg("libeigen3-dev"),
        "Python (peers)": sh("/usr/bin/python3 --version").replace("Python ", ""),
    }
    # Native peers are built from the user's tree: their version is its commit.
    out.update({lib + (" (commit, built with the flags above)" if lib in ("gapbs", "networkit")
                       else ""): v for lib, v in sorted(peer_versions.items())})
    return out


def fmt_s(seconds):
    if seconds is None:
        return "–"
    return f"{seconds * 1e3:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def fmt_ratio(r):
    return f"{r:.0f}×" if r >= 10 else (f"{r:.1f}×" if r >= 1 else f"{r:.2f}×")


def scale_of(path):
    """"18" for the R-MAT graph of scale 18, "planted 20" for the planted partition of 2^20 nodes,
    "LFR 1000000" for the LFR graph of 1,000,000 nodes."""
    m = re.search(r"(rmat|planted|lfr)(\d+)\.", path)
    if not m:
        return "?"
    if m.group(1) == "rmat":
        return m.group(2)
    return f"{'planted' if m.group(1) == 'planted' else 'LFR'} {m.group(2)}"


def is_sweep_probe(kernel):
    """The fixed-sweep PageRank runs exist only to measure one sweep (bandwidth section)."""
    return "sweep" in kernel


def splice_section(path, name, report):
    """The file at `path` with the block named `name` replaced by `report` (see --section)."""
    begin = f"<!-- run.sh section {name}: begin -->"
    end = f"<!-- run.sh section {name}: end -->"
    demoted = re.sub(r"^(#+) ", r"#\1 ", report, flags=re.M)
    block = f"{begin}\n{demoted.rstrip()}\n{end}\n"
    old = open(path).read() if os.path.exists(path) else ""
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        return head + block + "\n" + rest.split(end, 1)[1].lstrip("\n")
    # A new block goes before the first heading or block, never inside an existing block.
    first = re.search(r"^(## |<!-- run\.sh section )", old, flags=re.M)
    at = first.start() if first else len(old)
    return old[:at] + block + "\n" + old[at:]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("--out", default="bench/RESULTS.md")
    parser.add_argument("--build", default="")
    parser.add_argument("--peers", default="igraph,graph-tool,networkx")
    parser.add_argument("--native", default="", help="native peers that ran: gapbs,networkit")
    parser.add_argument("--section", default="", help="replace only this marked block of --out")
    args = parser.parse_args()
    all_rows = [json.loads(line) for line in open(args.results) if line.strip().startswith("{")]
    # Rows of the interleaved rounds (a "round" >= 0) have their own section (report_native.py).
    rows = [r for r in all_rows if r.get("round", -1) < 0 and "kernel" in r]  # not versions
    native = [p for p in args.native.split(",") if p]
    peers = [p for p in args.peers.split(",") if p]
    stream = {r["threads"]: r["bandwidth_gb_s"] for r in rows if r.get("kernel") == "stream_triad"}
    # Each invocation measures STREAM before its kernels; with --append, a kernel's bound must use
    # the bandwidth of its own invocation (the machine's load differs between them), so each row
    # carries the latest STREAM figure that precedes it in the file.
    latest = {}
    for r in rows:
        if r.get("kernel") == "stream_triad":
            latest[r["threads"]] = r["bandwidth_gb_s"]
        elif "threads" in r:
            r["stream_gb_s"] = latest.get(r["threads"])
    peer_versions = {r["library"]: r["version"] for r in all_rows if "version" in r}

    loads = [r for r in rows if r.get("library") == "innonet" and r.get("kernel") == "load"]
    runs = [r for r in rows if r.get("kernel") not in ("load", "stream_triad")]
    inno_all = {(scale_of(r["graph"]), r["kernel"], r["threads"]): r
                for r in runs if r["library"] == "innonet"}
    inno = {k: r for k, r in inno_all.items() if not is_sweep_probe(k[1])}
    peer = {(r["library"], scale_of(r["graph"]), r["kernel"], r["threads"]): r
            for r in runs if r["library"] != "innonet"}
    peer_load = {(r["library"], scale_of(r["graph"]), r["graph"].rsplit(".", 2)[-2]): r
                 for r in runs if r["library"] != "innonet"}

    lines = []
    add = lines.append
    m = machine()
    names = {"igraph": "igraph", "graph-tool": "graph-tool", "networkx": "NetworkX",
             "gapbs": "GAPBS", "networkit": "NetworKit"}
    add("# innonet vs " + " / ".join(names.get(p, p) for p in native + peers) + "\n")
    add(f"Measured by `bash bench/compare/run.sh` on {datetime.date.today().isoformat()}. "
        "Graphs: R-MAT (Graph500 a=0.57, b=c=0.19), edge factor 16, made simple (parallel "
        "edges merged, self-loops dropped), vertex ids permuted; every library reads the same "
        "bare `u v` edge-list file. Kernel times are the median of the runs; loads are timed on "
        "their own and never included in kernel times.\n")
    add("## Machine\n")
    add(f"- CPU: {m['cpu']}, {m['cpus']} logical CPUs, L3 {m['l3']}; memory {m['memory_gib']} GiB; "
        f"Linux {m['kernel']}")
    add(f"- Load average when the report was written: {m['load']} (1-minute, 5, 15; on this "
        "2-CPU machine anything near 2 or above means other work shared the CPUs)")
    for t, bw in sorted(stream.items()):
        add(f"- STREAM triad bandwidth, {t} thread(s): **{bw:.1f} GB/s** "
            "(bench/compare/stream_triad.cpp, 24 bytes per element, best of 10)")
    add("\n## Versions\n")
    for k, v in versions(args.build, peer_versions).items():
        add(f"- {k}: {v}")

    add("\n## Loading\n")
    load_columns = ["graph", "nodes", "edges", "innonet edge list", "innonet snapshot (.inb)",
                    "graph bytes", "peak RSS after snapshot load"] + [f"{p} edge list" for p in peers]
    add("| " + " | ".join(load_columns) + " |")
    add("|---" * len(load_columns) + "|")
    by_file = defaultdict(dict)
    for r in loads:
        by_file[r["graph"].rsplit(".", 1)[0]][(r["graph"].rsplit(".", 1)[1], r["threads"])] = r
    for base in sorted(by_file, key=lambda b: (scale_of(b + "."), b)):
        d = by_file[base]
        el = [f"{fmt_s(d[k]['load_s'])} ({k[1]}t, "
              f"{d[k]['edges'] / max(d[k]['load_s'], 1e-9) / 1e6:.0f}M edges/s)"
              for k in sorted(d) if k[0] == "el"]
        inb = [f"{fmt_s(d[k]['load_s'])} ({k[1]}t)" for k in sorted(d) if k[0] == "inb"]
        any_r = next(iter(d.values()))
        inb_r = [d[k] for k in sorted(d) if k[0] == "inb"]
        kind = base.rsplit(".", 1)[-1]
        edges = any_r["edges"]
        pl = [fmt_s(peer_load.get((p, scale_of(base + "."), kind), {}).get("load_s")) for p in peers]
        add(f"| {os.path.basename(base)} | {any_r['nodes']:,} | {edges:,} | {', '.join(el)} | "
            f"{', '.join(inb)} | {any_r['graph_bytes'] / 2**20:.1f} MiB "
            f"({any_r['graph_bytes'] / max(edges, 1):.1f} B/edge) | "
            f"{(max(r['peak_rss_kb'] for r in inb_r) / 1024 if inb_r else 0):.0f} MiB |"
            + "".join(f" {cell} |" for cell in pl))

    # With only native peers, their interleaved section below has innonet's times and this table
    # would have no peer column: it is left out.
    peer_table_rows = sorted(inno.items()) if peers else []
    header = "| scale | kernel | threads | innonet | " + " | ".join(peers) + " | checks agree |"
    if peer_table_rows:
        add("\n## Kernels: peer time / innonet time (higher = innonet faster)\n")
        add(header)
        add("|---" * (5 + len(peers)) + "|")
    table = []
    for (scale, kernel, threads), r in peer_table_rows:
        cells, agree = [], []
        for p in peers:
            pr = peer.get((p, scale, kernel, threads)) or peer.get((p, scale, kernel, 1))
            if pr is None and kernel == "leiden":  # igraph's multilevel is the reference for both
                pr = peer.get((p, scale, "louvain", 1))
            if pr is None:
                cells.append("–")
                continue
            cells.append(f"{fmt_s(pr['median_s'])} (**{fmt_ratio(pr['median_s'] / r['median_s'])}**)")
            if pr.get("check") is None or pr["check"] < 0:
                continue
            if float(r["check"]).is_integer():
                agree.append(f"{p} {'yes' if abs(pr['check'] - r['check']) < 0.5 else 'NO'}")
            else:  # a quality such as modularity: show both, they need not be equal
                agree.append(f"{p} {pr['check']:.4f} vs {r['check']:.4f}")
        row = (f"| {scale} | {kernel} | {threads} | {fmt_s(r['median_s'])} | " + " | ".join(cells)
               + f" | {', '.join(agree) or '–'} |")
        add(row)
        table.append(row)
    if peer_table_rows:
        add("\nChecks: pagerank = iterations (graph-tool; igraph's PRPACK and NetworkX do not report "
            "them), bfs = vertices reached from the vertex of largest out-degree, components = weakly "
            "connected components, triangles = count, kcore = largest core number, betweenness = sampled "
            "sources, louvain/leiden = modularity reached (shown side by side: heuristics need not "
            "agree); Leiden rows are set against igraph's multilevel (Louvain), the reference the "
            "community issue names.")

    lines.extend(report_native.section(all_rows, scale_of, fmt_s, fmt_ratio, native))

    cpu_rows = [(k, r) for k, r in peer_table_rows if r.get("cpu_median_s")]
    if cpu_rows:
        add("\n## The same by CPU time: peer CPU seconds / innonet CPU seconds\n")
        add("Process CPU time summed over threads, median of the runs. On a machine shared with "
            "other jobs the wall-clock ratios above mostly measure the scheduler; CPU time is the "
            "work done. At 2 threads the innonet figure is the work of both threads, so a ratio "
            "here does not include any parallel speed-up, and it includes the time OpenMP's "
            "threads spin at barriers waiting for each other (libgomp's default active wait), "
            "which an oversubscribed machine inflates: the 1-thread rows are the clean "
            "comparison.\n")
        add("| scale | kernel | threads | innonet CPU | " + " | ".join(peers) + " |")
        add("|---" * (4 + len(peers)) + "|")
        for (scale, kernel, threads), r in cpu_rows:
            cells = []
            for p in peers:
                pr = peer.get((p, scale, kernel, threads)) or peer.get((p, scale, kernel, 1))
                if pr is None and kernel == "leiden":  # igraph's multilevel, as above
                    pr = peer.get((p, scale, "louvain", 1))
                if pr is None or not pr.get("cpu_median_s"):
                    cells.append("–")
                    continue
                ratio = pr["cpu_median_s"] / max(r["cpu_median_s"], 1e-9)
                cells.append(f"{fmt_s(pr['cpu_median_s'])} (**{fmt_ratio(ratio)}**)")
            add(f"| {scale} | {kernel} | {threads} | {fmt_s(r['cpu_median_s'])} | "
                + " | ".join(cells) + " |")

    add("\n## Kernels against memory bandwidth\n")
    add("Lower bound = bytes the kernel touches ÷ STREAM triad bandwidth at the same thread "
        "count, measured by the same invocation of the harness as the kernel. PageRank (pull, unweighted, algorithms/centrality/pagerank.cpp): per sweep 4 bytes "
        "per arc (source slot) + 8 per arc (the gathered contribution) + 36 per vertex (row "
        "offset 4, score read 8, score write 8, contribution write 8, 1/out-degree 8); other "
        "kernels: one read of the out-adjacency (4 bytes per arc + 4 per vertex), "
        "a floor that traversals and peeling exceed by design.\n")
    bound_rows = []
    for (scale, kernel, threads), r in sorted(inno.items()):
        bw = r.get("stream_gb_s")
        if not bw or scale.startswith("planted"):
            continue
        n, m_arcs = r["nodes"], r["edges"] * (1 if ".directed." in r["graph"] else 2)
        if kernel == "pagerank":
            bytes_moved = r["check"] * (12 * m_arcs + 36 * n)
        else:
            bytes_moved = 4 * m_arcs + 4 * n
        bound = bytes_moved / (bw * 1e9)
        bound_rows.append(f"| {scale} | {kernel} | {threads} | {fmt_s(r['median_s'])} | "
                          f"{fmt_s(bound)} | {r['median_s'] / bound:.1f}× |")
    if bound_rows:  # none when only the sweep probes ran (their table follows)
        add("| scale | kernel | threads | innonet | lower bound | innonet / bound |")
        add("|---|---|---|---|---|---|")
        lines.extend(bound_rows)

    sweeps = [(k, r) for k, r in sorted(inno_all.items()) if k[1] == "pagerank_21sweeps"]
    if sweeps:
        add("\n### One PageRank sweep\n")
        add("One sweep = (median of 21 sweeps − median of 1 sweep) / 20, both without a "
            "convergence test, so the setup (1/out-degree, the adjacency copied in out-degree "
            "order) cancels. Touched = 12 bytes per arc + 36 per vertex, as above; each byte once = "
            "the same with the gathered contributions counted once per vertex rather than per arc "
            "(4 bytes per arc + 44 per vertex), the floor no cache can beat.\n")
        add("| scale | threads | one sweep | STREAM (same run) | touched ÷ bandwidth | "
            "sweep / that | each byte once ÷ bandwidth | sweep / that |")
        add("|---|---|---|---|---|---|---|---|")
        for (scale, _, threads), r21 in sweeps:
            r1 = inno_all.get((scale, "pagerank_1sweep", threads))
            bw = r21.get("stream_gb_s")
            if not r1 or not bw:
                continue
            sweep = (r21["median_s"] - r1["median_s"]) / 20
            n, m_arcs = r21["nodes"], r21["edges"]
            touched = (12 * m_arcs + 36 * n) / (bw * 1e9)
            once = (4 * m_arcs + 44 * n) / (bw * 1e9)
            add(f"| {scale} | {threads} | {fmt_s(sweep)} | {bw:.1f} GB/s | {fmt_s(touched)} | "
                f"{sweep / touched:.1f}× | {fmt_s(once)} | {sweep / once:.1f}× |")
    add("\nRaw JSON lines: `$DATA_DIR/results.jsonl` of the run (not committed).")

    text = "\n".join(lines) + "\n"
    if args.section:
        text = splice_section(args.out, args.section, text)
    os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
    # Whole or not at all: a temporary file beside --out, then a rename.
    temporary = f"{args.out}.tmp{os.getpid()}"
    with open(temporary, "w") as f:
        f.write(text)
    os.replace(temporary, args.out)
    if table:
        print(header)
        print("\n".join(table))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
