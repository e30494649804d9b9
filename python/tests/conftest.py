"""Shared fixtures: the module from the build tree (PYTHONPATH=build/python, set by CTest and
tools/setup.sh), the CLI binary for comparisons, and reference graphs from NetworkX."""
import os
import pathlib
import shutil

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def innonet_cli():
    path = os.environ.get("INNONET_CLI") or str(ROOT / "build" / "innonet")
    if not os.path.exists(path):
        pytest.fail(f"the innonet binary is missing ({path}); build it or set INNONET_CLI")
    return path


@pytest.fixture(scope="session")
def builtin():
    import innonet
    return innonet.load()


@pytest.fixture(scope="session")
def karate():
    import networkx as nx
    return nx.karate_club_graph()
