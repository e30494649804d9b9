"""Kernel results: NumPy arrays indexed by vertex, the map from vertex to node id, diagnostics."""
from __future__ import annotations

from typing import Any, Dict, Iterable, Optional

import numpy as np


class Result:
    """What a kernel returns.

    Every per-vertex field is a NumPy array indexed by vertex number (``result.score[v]``);
    ``result.ids[v]`` is the node id of vertex ``v``. Other fields are diagnostics (iterations,
    converged, ...). ``result.series()`` gives a pandas Series indexed by node id and
    ``result.frame()`` a DataFrame of every per-vertex field.
    """

    def __init__(self, fields: Dict[str, Any], ids: np.ndarray, vertex_fields: Iterable[str],
                 default: Optional[str] = None):
        self._fields = dict(fields)
        self._vertex_fields = [f for f in vertex_fields if f in self._fields]
        self._default = default or (self._vertex_fields[0] if self._vertex_fields else None)
        self.ids = ids

    def __getattr__(self, name: str) -> Any:
        fields = self.__dict__.get("_fields", {})
        if name in fields:
            return fields[name]
        raise AttributeError(name)

    def __getitem__(self, name: str) -> Any:
        return self._fields[name]

    def __contains__(self, name: str) -> bool:
        return name in self._fields

    def keys(self):
        return self._fields.keys()

    def to_dict(self) -> Dict[str, Any]:
        """The fields as a dict (arrays are not copied)."""
        return dict(self._fields)

    def series(self, field: Optional[str] = None):
        """One per-vertex field as a pandas Series indexed by node id (default: the main one)."""
        import pandas as pd
        name = field or self._default
        if name not in self._vertex_fields:
            raise ValueError(f"{name!r} is not a per-vertex field ({', '.join(self._vertex_fields)})")
        return pd.Series(self._fields[name], index=pd.Index(self.ids, name="id"), name=name)

    def frame(self):
        """Every per-vertex field as a pandas DataFrame indexed by node id."""
        import pandas as pd
        return pd.DataFrame({f: self._fields[f] for f in self._vertex_fields},
                            index=pd.Index(self.ids, name="id"))

    def __repr__(self) -> str:
        parts = []
        for key, value in self._fields.items():
            if isinstance(value, np.ndarray):
                parts.append(f"{key}=<{value.dtype}[{value.size}]>")
            else:
                parts.append(f"{key}={value!r}")
        return "Result(" + ", ".join(parts) + ")"
