"""The interleaved section of bench/RESULTS.md: innonet against the native peers (GAPBS,
NetworKit), from the rows run.sh tags with a "round" (report.py calls section()).

Every round ran innonet once and then each native peer once on the same graph, so each median
here is over the same rounds for every library. One PageRank sweep is (21 sweeps - 1 sweep) / 20
of the medians, so the setup cancels; "to 1e-4" is the time to an L1 change of 1e-4 per sweep,
with the sweeps each library needed as its check.
"""
import statistics
from collections import defaultdict

NAMES = {"gapbs": "GAPBS", "networkit": "NetworKit"}
NOTES = {
    "bfs": "from the vertex of largest out-degree; check = vertices reached",
    "components": "weakly connected; innonet builds the canonical label vector (weak_component_labels), "
                  "GAPBS its cc label vector, NetworKit its component ids; check = components (GAPBS's and "
                  "NetworKit's graphs end at the largest id in the file, so isolated vertices past it are "
                  "not counted: a few fewer)",
    "triangles": "check = triangles",
    "pagerank sweep": "one sweep, no convergence test",
    "pagerank_to_1e-4": "to an L1 change < 1e-4 per sweep; check = sweeps",
    "pagerank_gauss_seidel_to_1e-4": "the same with innonet's Gauss–Seidel option "
                                     "(PageRankSweep::gauss_seidel: fixed stages in degree order, "
                                     "deterministic)",
    "pagerank_single sweep, pagerank_single_to_1e-4": "the same with innonet's single-precision "
                                                      "option (PageRankContributions::"
                                                      "single_precision: the gathered "
                                                      "contributions stored as floats, as GAPBS "
                                                      "stores them; scores and sums double)",
    "betweenness_1source": "one Brandes search from the vertex of largest out-degree",
    "kcore": "check = largest core number",
    "louvain, leiden": "check = modularity (heuristics need not agree); innonet seeds round r "
                       "with r, so its rounds sample its spread over seeds as NetworKit's rounds "
                       "sample its run-to-run spread",
    "leiden_3passes": "innonet's Leiden with 3 passes (its default is 2), the number of "
                      "iterations NetworKit's ParallelLeiden runs by default (it stops earlier "
                      "when one changes nothing); NetworKit's leiden and leiden_3passes are the "
                      "same call",
}


def interleaved_medians(rows, scale_of):
    """{(library, variant, scale, kernel, threads): (median seconds, checks, rounds)}, checks
    being the check of every round (a heuristic such as NetworKit's Leiden differs run to run)."""
    times, checks = defaultdict(list), defaultdict(list)
    for r in rows:
        if r.get("round", -1) < 0 or r.get("kernel") in ("load", "stream_triad"):
            continue
        key = (r["library"], r.get("variant", ""), scale_of(r["graph"]), r["kernel"],
               r["threads"])
        times[key].extend(r["times_s"])
        if r.get("check") is not None:
            checks[key].append(r["check"])
    return {k: (statistics.median(t), checks[k], len(t)) for k, t in times.items()}


def add_sweeps(medians):
    """Derives 'P sweep' = (P_21sweeps - P_1sweep) / 20 for P = pagerank and pagerank_single,
    for every library and variant."""
    for (lib, variant, scale, kernel, threads), (t21, _, rounds) in list(medians.items()):
        if not kernel.endswith("_21sweeps"):
            continue
        prefix = kernel[:-len("_21sweeps")]
        one = medians.get((lib, variant, scale, prefix + "_1sweep", threads))
        if one:
            medians[(lib, variant, scale, prefix + " sweep", threads)] = (
                (t21 - one[0]) / 20, [], rounds)


def fmt_check(values):
    """The rounds' checks: one value when they agree, else their median and range."""
    if not values:
        return "–"
    one = lambda v: f"{v:.0f}" if float(v).is_integer() else f"{v:.4f}"
    if len({one(v) for v in values}) == 1:
        return one(values[0])
    return f"{one(statistics.median(values))} ({one(min(values))}–{one(max(values))})"


def section(rows, scale_of, fmt_s, fmt_ratio, native):
    """The lines of the section, or [] when no native peer ran."""
    medians = interleaved_medians(rows, scale_of)
    if not any(k[0] in native for k in medians):
        return []
    add_sweeps(medians)
    stream = {}
    for r in rows:
        if r.get("kernel") == "stream_triad":
            stream[r["threads"]] = r["bandwidth_gb_s"]
    out = ["\n## innonet vs " + " / ".join(NAMES.get(n, n) for n in native) +
           ", interleaved: peer time / innonet time (higher = innonet faster)\n",
           "Round by round: innonet once, then each peer once (each after untimed warm-up "
           "calls, run.sh --warmup), on the same graph (innonet's "
           "snapshot and GAPBS's .sg are both converted from the shared edge list); medians over "
           "the rounds. STREAM triad in the same run: " +
           ", ".join(f"{bw:.1f} GB/s at {t} thread(s)" for t, bw in sorted(stream.items())) +
           ". Where the kernel definitions differ the peer column names the program; GAPBS pr is "
           "Gauss–Seidel (in-place, fewer sweeps to a tolerance; float scores; the mass of "
           "vertices without out-arcs is dropped), GAPBS pr_spmv is Jacobi like innonet.\n",
           "| scale | kernel | threads | innonet | peer (program) | peer | ratio | check innonet "
           "/ peer | rounds |",
           "|---|---|---|---|---|---|---|---|---|"]
    order = ["bfs", "components", "triangles", "kcore", "pagerank sweep", "pagerank_single sweep",
             "pagerank_to_1e-4", "pagerank_single_to_1e-4", "pagerank_gauss_seidel_to_1e-4",
             "betweenness_1source", "louvain", "leiden", "leiden_3passes"]
    inno = {k: v for k, v in medians.items() if k[0] == "innonet"}
    for (_, _, scale, kernel, threads), (t, check, rounds) in sorted(
            inno.items(), key=lambda kv: (kv[0][2], order.index(kv[0][3])
                                          if kv[0][3] in order else 99, kv[0][4])):
        if kernel not in order:
            continue
        for (lib, variant, s2, k2, t2), (pt, pcheck, _) in sorted(medians.items()):
            if lib == "innonet" or (s2, k2, t2) != (scale, kernel, threads):
                continue
            if t <= 0 or pt <= 0:  # a sweep difference below the timer's noise
                out.append(f"| {scale} | {kernel} | {threads} | {fmt_s(max(t, 0))} | "
                           f"{NAMES.get(lib, lib)} {variant} | {fmt_s(max(pt, 0))} | "
                           f"below noise | – | {rounds} |")
                continue
            out.append(f"| {scale} | {kernel} | {threads} | {fmt_s(t)} | "
                       f"{NAMES.get(lib, lib)} {variant} | {fmt_s(pt)} | "
                       f"**{fmt_ratio(pt / max(t, 1e-12))}** | {fmt_check(check)} / "
                       f"{fmt_check(pcheck)} | {rounds} |")
    out.append("\nKernels: " + "; ".join(f"{k}: {v}" for k, v in NOTES.items()) + ".")
    return out
