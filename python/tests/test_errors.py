"""Bad files raise innonet.InputError with the CLI's message (file, line, what was expected);
bad options raise ValueError; nothing crashes the interpreter."""
import pytest

import innonet


def test_malformed_json_names_file_and_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"format": "innonet-graph", "version": 1,\n "nodes": [{"id": 3}]}')
    with pytest.raises(innonet.InputError, match=r"bad\.json:2:"):
        innonet.load(path)


def test_malformed_edge_list(tmp_path):
    path = tmp_path / "bad.edges"
    path.write_text("0 1\n1 x\n")
    with pytest.raises(innonet.InputError, match=r"bad\.edges:2:"):
        innonet.load(path)


def test_missing_file_and_unknown_extension(tmp_path):
    with pytest.raises(innonet.InputError):
        innonet.load(tmp_path / "absent.json")
    with pytest.raises(ValueError, match="unknown graph file extension"):
        innonet.load(tmp_path / "graph.xyz")


def test_corrupt_snapshot(tmp_path):
    path = tmp_path / "bad.inb"
    path.write_bytes(b"\x89INB\r\n\x1a\n" + b"\0" * 100)
    with pytest.raises(innonet.InputError, match="bad.inb"):
        innonet.load(path)


def test_bad_options(builtin, karate):
    with pytest.raises(ValueError, match="unknown"):
        builtin.project(kinds=["no_such_kind"])
    with pytest.raises(ValueError):
        innonet.pagerank(karate, damping=1.5)
    with pytest.raises(ValueError):
        innonet.leiden(karate, quality="nonsense")
    with pytest.raises(ValueError):
        innonet.leiden(karate, resolution=-1)
    with pytest.raises(ValueError, match="unknown node id"):
        innonet.shortest_paths(builtin, "nowhere")
    with pytest.raises(ValueError):
        innonet.corridors(builtin, place_type=["a", "b"])
    with pytest.raises(ValueError, match="--no-such"):
        innonet.corridors(builtin, no_such=1)
    with pytest.raises(ValueError):
        innonet.pagerank(karate, threads=-1)
    with pytest.raises(TypeError):
        innonet.pagerank(karate, not_an_option=1)


def test_bad_profile_file_is_an_input_error(builtin, tmp_path):
    path = tmp_path / "profile.json"
    path.write_text("{not json")
    with pytest.raises(innonet.InputError, match="profile.json"):
        innonet.corridors(builtin, profile=str(path))
