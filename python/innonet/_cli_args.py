"""Keyword arguments as CLI words: ``place_type="city"`` -> ``--place-type city``."""
from __future__ import annotations

from typing import Any, Dict, List


def option_words(options: Dict[str, Any]) -> List[str]:
    """True adds a flag, False/None leave the option out, a list or tuple repeats the option,
    a ``years=(a, b)`` pair becomes ``--years a..b``; anything else is written with str()."""
    words: List[str] = []
    for key, value in options.items():
        if value is None or value is False:
            continue
        flag = "--" + key.replace("_", "-")
        if value is True:
            words.append(flag)
        elif key in ("years", "year") and isinstance(value, (tuple, list)):
            if len(value) != 2:
                raise ValueError(f"{key}: expected (FROM, TO), found {value!r}")
            lo, hi = value
            words += [flag, f"{'' if lo is None else lo}..{'' if hi is None else hi}"]
        elif isinstance(value, (list, tuple, set)):
            for item in value:
                words += [flag, str(item)]
        else:
            words += [flag, str(value)]
    return words
