"""The planner layer and every other CLI command from Python, as DataFrames.

Each function runs the CLI command of the same name inside this process (the C++ code that
builds `innonet --format csv` output builds these tables too), so the DataFrame has the CSV's
columns, in order, with the same values. Options are the command's, with underscores for dashes
(``place_type="city"`` is ``--place-type city``); the selection options kinds=, evidence=,
types=, years=, undirected=, merge= work as on the command line. Each DataFrame carries the
table's title and notes in ``df.attrs``. Bad options raise ValueError with the CLI's message,
unreadable files innonet.InputError.
"""
from __future__ import annotations

import os
import tempfile
from typing import Dict, List, Optional

from . import _innonet
from ._cli_args import option_words
from .graph import Graph, load


def _graph_words(graph: Optional[Graph], folder: str) -> List[str]:
    """--graph for the CLI: nothing for the built-in data, the file a graph was read from, or a
    native JSON copy of a graph made in memory."""
    if graph is None or graph._handle.builtin:
        return []
    path = graph.source_path
    if path and not getattr(graph, "_temporary_source", False) and os.path.exists(path):
        return ["--graph", path]
    copy = os.path.join(folder, "graph.json")
    graph.save(copy)
    return ["--graph", copy]


def _frame(table: Dict):
    try:
        import pandas as pd
    except ImportError:
        return {c: [row[i] for row in table["rows"]] for i, c in enumerate(table["columns"])}
    frame = pd.DataFrame(table["rows"], columns=table["columns"])
    frame.attrs["name"] = table["name"]
    frame.attrs["title"] = table["title"]
    frame.attrs["notes"] = list(table["notes"])
    return frame


def run(command: str, *args: str, graph: Optional[Graph] = None, threads: int = 0,
        tables: bool = False, **options):
    """Run any CLI command: ``run("rank", metric="betweenness", top=5)`` is
    ``innonet --format csv rank --metric betweenness --top 5``. Returns the DataFrame of a
    one-table report, else a dict of DataFrames by table name (tables=True: always the dict)."""
    with tempfile.TemporaryDirectory(prefix="innonet-") as folder:
        words = ["--quiet"] + _graph_words(graph, folder) + [command] + [str(a) for a in args]
        words += option_words(options)
        report = _innonet._run_cli(words, threads)
    frames = {t["name"]: _frame(t) for t in report["tables"]}
    if len(frames) == 1 and not tables:
        return next(iter(frames.values()))
    return frames


cli = run


def report(graph: Optional[Graph] = None, **options) -> Dict:
    """``innonet report``: hubs, brokers, cities, corridors, recommendations and targets, as a
    dict of DataFrames by section. Options: top, level, kind, scope."""
    return run("report", graph=graph, tables=True, **options)


def rank(graph: Optional[Graph] = None, **options):
    """``innonet rank``: nodes ranked by a metric (metric=, top=, weighted=, level=, type=,
    samples=, epsilon=, delta=, seed=, damping=, alpha=)."""
    return run("rank", graph=graph, **options)


def corridors(graph: Optional[Graph] = None, **options):
    """``innonet corridors``: every named corridor (and proposed ones, corridor=["a,b"]) scored:
    ties, declared_links, kinds, capacity, disjoint_paths, single_points, observed_to_expected,
    the five component scores and the composite. Options: corridor, profile, mass, place_type,
    implied, and the selection."""
    return run("corridors", graph=graph, **options)


def corridor(name: Optional[str] = None, graph: Optional[Graph] = None, **options) -> Dict:
    """``innonet corridor NAME``: one corridor's score component by component (breakdown),
    with the ties behind it, as a dict of DataFrames by table name."""
    args = [] if name is None else [name]
    return run("corridor", *args, graph=graph, tables=True, **options)


def recommend(graph: Optional[Graph] = None, **options):
    """``innonet recommend``: where the next tie of a kind should go (kind=, level=, top=,
    mass=, gravity_weight=, structure_weight=, gain_weight=), each row with its reasons."""
    return run("recommend", graph=graph, **options)


def indicators(graph: Optional[Graph] = None, **options):
    """``innonet indicators``: targets beside baseline and latest actual (scope=, metric=,
    target_year=, values=)."""
    return run("indicators", graph=graph, **options)


def gravity(graph: Optional[Graph] = None, **options):
    """The gravity model's view of the corridors: expected vs observed share of ties per
    corridor (the observed_to_expected and gravity_score columns of corridors())."""
    frame = corridors(graph, **options)
    keep = ["id", "name", "members", "ties", "observed_to_expected", "gravity_score"]
    return frame[keep] if hasattr(frame, "columns") else {k: frame[k] for k in keep}


def compare(graph: Optional[Graph] = None, *, years, **options) -> Dict:
    """``innonet compare --years A B``: what changed between two years (dict of DataFrames)."""
    first, second = years
    return _compare(graph, int(first), int(second), options)


def _compare(graph, first: int, second: int, options) -> Dict:
    with tempfile.TemporaryDirectory(prefix="innonet-") as folder:
        words = ["--quiet"] + _graph_words(graph, folder) + ["compare", "--years", str(first),
                                                              str(second)]
        report = _innonet._run_cli(words + option_words(options), 0)
    return {t["name"]: _frame(t) for t in report["tables"]}


def whatif(graph: Optional[Graph] = None, **options) -> Dict:
    """``innonet whatif``: remove nodes (remove=) or edge kinds (remove_kind=) and see what
    changes (from_=, to=, anchor=, measure=, top=, level=), as a dict of DataFrames."""
    if "from_" in options:
        options["from"] = options.pop("from_")
    return run("whatif", graph=graph, tables=True, **options)


def structure(graph: Optional[Graph] = None, **options) -> Dict:
    """``innonet structure``: components, articulation points, bridges, cores (DataFrames)."""
    return run("structure", graph=graph, tables=True, **options)


def communities(graph: Optional[Graph] = None, **options) -> Dict:
    """``innonet communities`` (algo=, quality=, resolution=, seed=, level=, top=)."""
    return run("communities", graph=graph, tables=True, **options)
