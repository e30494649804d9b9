"""NetworkX conversions through the native JSON document (docs/format.md), so a graph built from
NetworkX is checked by the same reader as a file and nothing is dropped on the way."""
from __future__ import annotations

import json
import math
import numbers
from typing import Any, Dict

import numpy as np

from . import _innonet

_NODE_FIELDS = ("name", "name_en", "type", "parent", "coordinates")
_EDGE_FIELDS = ("id", "kind", "weight", "year", "evidence")


def _jsonable(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return value.tolist()
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    return str(value)


def _is_field(key: str, value: Any) -> bool:
    if key in ("name", "name_en", "type", "kind", "evidence", "id"):
        return isinstance(value, str) and value != ""
    if key == "parent":
        return value is not None
    if key == "coordinates":
        return (isinstance(value, (list, tuple)) and len(value) == 2
                and all(isinstance(c, numbers.Real) for c in value))
    if key == "weight":
        return (isinstance(value, numbers.Real) and not isinstance(value, bool)
                and math.isfinite(float(value)))
    if key == "year":
        return isinstance(value, numbers.Integral) and not isinstance(value, bool)
    return False


def from_networkx(G, *, kind: str = "edge", node_type: str = "node"):
    from .graph import Graph
    keys = list(G.nodes)
    int_keys = bool(keys) and all(isinstance(k, numbers.Integral) and not isinstance(k, bool)
                                  for k in keys)
    seen = {"type": False, "kind": False, "weight": False, "evidence": False}
    nodes = []
    for key, data in G.nodes(data=True):
        record: Dict[str, Any] = {"id": str(key), "type": node_type}
        attributes = {}
        for name, value in data.items():
            if name in _NODE_FIELDS and _is_field(name, value):
                record[name] = str(value) if name == "parent" else (
                    [float(c) for c in value] if name == "coordinates" else value)
                seen["type"] |= name == "type"
            else:
                attributes[name] = value
        if attributes:
            record["attributes"] = attributes
        nodes.append(record)
    edges = []
    items = G.edges(keys=True, data=True) if G.is_multigraph() else (
        (u, v, None, d) for u, v, d in G.edges(data=True))
    for u, v, _, data in items:
        record = {"source": str(u), "target": str(v), "kind": kind,
                  "directed": bool(G.is_directed())}
        attributes = {}
        for name, value in data.items():
            if name in _EDGE_FIELDS and _is_field(name, value):
                record[name] = float(value) if name == "weight" else (
                    int(value) if name == "year" else value)
                if name in seen:
                    seen[name] = True
            else:
                attributes[name] = value
        if attributes:
            record["attributes"] = attributes
        edges.append(record)
    metadata = {"networkx": {"directed": bool(G.is_directed()),
                             "multigraph": bool(G.is_multigraph()),
                             "int_keys": int_keys,
                             "given": [k for k, v in seen.items() if v],
                             "graph": dict(G.graph)}}
    document = {"format": "innonet-graph", "version": 1, "metadata": metadata,
                "nodes": nodes, "edges": edges}
    text = json.dumps(document, ensure_ascii=False, default=_jsonable, allow_nan=False)
    return Graph(_innonet._from_native_json(text, "<networkx>"))


def to_networkx(graph):
    import networkx as nx
    if not graph.has_properties:
        return _structure_to_networkx(graph)
    document = json.loads(graph._handle.native_json().decode("utf-8"))
    origin = (document.get("metadata") or {}).get("networkx")
    if origin:
        G = {(False, False): nx.Graph, (True, False): nx.DiGraph, (False, True): nx.MultiGraph,
             (True, True): nx.MultiDiGraph}[(origin["directed"], origin["multigraph"])]()
        G.graph.update(origin.get("graph", {}))
        given = set(origin.get("given", []))
        key = int if origin.get("int_keys") else str
    else:
        G = nx.MultiDiGraph()
        G.graph.update(document.get("metadata") or {})
        given = {"type", "kind", "weight", "evidence"}
        key = str
    for record in document.get("nodes", []):
        data = dict(record.get("attributes") or {})
        for name in _NODE_FIELDS + ("sources",):
            if record.get(name) not in (None, "", []) and (name != "type" or "type" in given):
                data[name] = key(record[name]) if name == "parent" else record[name]
        G.add_node(key(record["id"]), **data)
    for record in document.get("edges", []):
        data = dict(record.get("attributes") or {})
        for name in _EDGE_FIELDS + ("sources",):
            if record.get(name) not in (None, "", []) and (
                    name not in ("kind", "weight", "evidence") or name in given):
                data[name] = record[name]
        if not origin:
            data["directed"] = record.get("directed", True)
        G.add_edge(key(record["source"]), key(record["target"]), **data)
    return G


def _structure_to_networkx(graph):
    """Structure-only graphs: a MultiDiGraph (directed) or MultiGraph with integer node ids and
    a weight on every edge (parallel edges stay apart)."""
    import networkx as nx
    G = nx.MultiDiGraph() if graph._handle.directed else nx.MultiGraph()
    nodes = graph.nodes()
    edges = graph.edges()
    G.add_nodes_from(np.asarray(nodes["id"]).tolist())
    src, dst, w = (np.asarray(edges[c]).tolist() for c in ("source", "target", "weight"))
    G.add_weighted_edges_from(zip(src, dst, w))
    return G
