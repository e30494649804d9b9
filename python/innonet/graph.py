"""Graphs: load, save, generate, build from NumPy arrays or NetworkX, and view as CSR."""
from __future__ import annotations

import json
import os
import tempfile
from typing import Any, Dict, Iterable, Optional, Sequence, Tuple, Union

import numpy as np

from . import _innonet
from ._cli_args import option_words

Csr = _innonet.Csr
Years = Union[None, int, str, Tuple[Optional[int], Optional[int]]]


def _year_range(years: Years) -> Tuple[Optional[int], Optional[int]]:
    if years is None:
        return None, None
    if isinstance(years, (int, np.integer)):
        return int(years), int(years)
    if isinstance(years, str):
        if ".." not in years:
            return int(years), int(years)
        lo, hi = years.split("..", 1)
        return (int(lo) if lo else None), (int(hi) if hi else None)
    lo, hi = years
    return lo, hi


def _names(value: Union[None, str, Iterable[str]]) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.split(",") if v]
    return [str(v) for v in value]


class Graph:
    """A network: typed nodes and edges with attributes (a property graph), or structure only
    (graphs read from ``.inb``/``.mtx``/edge-list files, generated or made by ``from_edges``).

    Immutable. ``nodes()`` and ``edges()`` give its tables; ``project()`` a CSR view for kernels.
    """

    def __init__(self, handle: "_innonet._Graph"):
        self._handle = handle
        self._projections: Dict[tuple, Csr] = {}

    # -- sizes and tables ---------------------------------------------------------------------
    @property
    def num_nodes(self) -> int:
        return self._handle.num_nodes

    @property
    def num_edges(self) -> int:
        return self._handle.num_edges

    @property
    def has_properties(self) -> bool:
        """True for a property graph (types, kinds, attributes); False for structure only."""
        return self._handle.has_properties

    @property
    def source_path(self) -> Optional[str]:
        """The file this graph was read from (None when built in memory or built in)."""
        return self._handle.source_path or None

    def __repr__(self) -> str:
        what = "property graph" if self.has_properties else "structure-only graph"
        return f"<innonet.Graph: {what}, {self.num_nodes} nodes, {self.num_edges} edges>"

    def nodes(self):
        """The node table: a pandas DataFrame (a dict of arrays when pandas is missing).

        Property graphs: id, name, name_en, type, parent, latitude, longitude, attributes (JSON
        text, "" when none). Structure-only graphs: id."""
        return _table(self._handle.node_columns())

    def edges(self):
        """The edge table: a pandas DataFrame (a dict of arrays when pandas is missing).

        Property graphs: id, source, target, kind, directed, weight, year (-1 when none),
        evidence, attributes. Structure-only graphs: source, target, weight (an undirected edge
        once)."""
        return _table(self._handle.edge_columns())

    # -- projection ---------------------------------------------------------------------------
    def project(self, kinds=None, evidence=None, years: Years = None, level: Optional[str] = None,
                undirected: bool = False, *, types=None, merge: str = "sum", weighted: bool = True,
                weight_attribute: Optional[str] = None) -> Csr:
        """The CSR view kernels run on (cached: the same arguments give the same object).

        kinds, evidence, types: names to keep (list or comma-separated string; default all);
        years: a year, "FROM..TO" or (FROM, TO), either end open; level: roll up to nodes of
        this type (e.g. "city"); undirected: every edge symmetric; merge: how parallel edges
        combine (sum, count, max, min, keep); weighted=False gives unit weights;
        weight_attribute: weights from this numeric edge attribute.
        """
        year_from, year_to = _year_range(years)
        key = (tuple(_names(kinds)), tuple(_names(evidence)), tuple(_names(types)), year_from,
               year_to, bool(undirected), merge, level or "", not weighted, weight_attribute or "")
        csr = self._projections.get(key)
        if csr is None:
            csr = self._handle.project(list(key[0]), list(key[1]), list(key[2]), year_from,
                                       year_to, bool(undirected), merge, level or "",
                                       not weighted, weight_attribute or "")
            self._projections[key] = csr
        return csr

    # -- conversions --------------------------------------------------------------------------
    def to_networkx(self):
        """A NetworkX (Multi)DiGraph/(Multi)Graph with every field and attribute of the nodes
        and edges (see ``from_networkx``)."""
        from ._networkx import to_networkx
        return to_networkx(self)

    def save(self, path: Union[str, os.PathLike]) -> None:
        """Write the graph; the format follows the extension (as ``innonet convert``)."""
        save(self, path)


def _table(columns: Dict[str, Any]):
    columns = {k: (np.array(v, dtype=object) if isinstance(v, list) else v)
               for k, v in columns.items()}
    try:
        import pandas as pd
    except ImportError:
        return columns
    return pd.DataFrame(columns)


def load(path: Union[None, str, os.PathLike] = None) -> Graph:
    """Read a graph: None for the built-in Nanjing metropolitan dataset, else any file
    ``innonet --graph`` reads (.json, .csv, .edges/.txt/.el, .mtx, .inb, .graphml, .gexf, .gml,
    .net, .nx.json). Structure-only formats are read straight into CSR arrays. Raises
    innonet.InputError for a malformed file."""
    return Graph(_innonet._load(None if path is None else os.fspath(path)))


def save(graph: Graph, path: Union[str, os.PathLike]) -> None:
    """Write ``graph`` to ``path``; the format follows the extension."""
    _innonet._save(graph._handle, os.fspath(path))


def from_edges(sources, targets, weights=None, *, num_nodes: Optional[int] = None,
               directed: bool = True, merge: str = "keep") -> Graph:
    """A structure-only graph from NumPy arrays of endpoints (vertex numbers 0..n-1) and
    optional weights. num_nodes defaults to the largest endpoint + 1; merge combines parallel
    edges (keep, sum, count, max, min)."""
    sources = np.asarray(sources, dtype=np.int64)
    targets = np.asarray(targets, dtype=np.int64)
    if num_nodes is None:
        num_nodes = int(max(sources.max(initial=-1), targets.max(initial=-1))) + 1
    w = None if weights is None else np.asarray(weights, dtype=np.float64)
    return Graph(_innonet._from_edges(int(num_nodes), sources, targets, w, bool(directed), merge))


def from_networkx(G, *, kind: str = "edge", node_type: str = "node") -> Graph:
    """A property graph from a NetworkX graph, keeping every node and edge attribute.

    Node attributes name/name_en/type/parent/coordinates and edge attributes id/kind/weight/
    year/evidence fill the fields of the same name; every other attribute is kept in the
    record's attributes (JSON values; others are stored as their str()). Nodes without a type
    get ``node_type``, edges without a kind ``kind``."""
    from ._networkx import from_networkx as convert
    return convert(G, kind=kind, node_type=node_type)


def generate(kind: str, *, threads: int = 0, **options) -> Graph:
    """A synthetic graph, exactly as ``innonet generate KIND`` makes it (same options, same
    defaults, same seed gives the same graph): rmat, er, ba, ws, sbm, lfr, geometric (structure
    only) or metro (a property graph like the built-in dataset). Options are the CLI's with
    underscores: scale=, nodes=, edge_factor=, seed=, directed=, weights=, mixing=, ..."""
    suffix = ".json" if kind == "metro" else ".inb"
    with tempfile.TemporaryDirectory(prefix="innonet-") as folder:
        path = os.path.join(folder, "generated" + suffix)
        _innonet._run_cli(["--quiet", "generate", kind] + option_words(options) + ["-o", path],
                          threads)
        graph = load(path)
    graph._temporary_source = True
    return graph


def _csr_to_scipy(self: Csr, *, weighted: bool = True):
    """The adjacency as a ``scipy.sparse.csr_array`` sharing this view's index arrays (data is
    the weights, or ones when unweighted or weighted=False)."""
    from scipy import sparse
    n = self.num_nodes
    data = self.weights if (weighted and self.weighted) else np.ones(self.num_arcs)
    matrix = sparse.csr_array((data, self.targets, self.offsets), shape=(n, n), copy=False)
    return matrix


Csr.to_scipy = _csr_to_scipy
Csr.__repr__ = lambda self: (f"<innonet.Csr: {self.num_nodes} vertices, {self.num_arcs} arcs, "
                             f"{'directed' if self.directed else 'undirected'}, "
                             f"{'weighted' if self.weighted else 'unweighted'}>")
