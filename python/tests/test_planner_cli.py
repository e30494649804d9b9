"""The planner DataFrames equal the CLI's `--format csv` output (the real build/innonet binary),
column for column and value for value."""
import io
import math
import subprocess

import pandas as pd
import pytest

import innonet


def cli_tables(cli, *args):
    """{table name: DataFrame} from `innonet --format csv ARGS` (sections start with '# name')."""
    text = subprocess.run([cli, "--format", "csv", *args], check=True, capture_output=True,
                          text=True).stdout
    sections, name, lines = {}, None, []
    for line in text.splitlines():
        if line.startswith("# "):
            if lines:
                sections[name] = lines
            name, lines = line[2:], []
        elif line or lines:
            lines.append(line)
    sections[name] = lines
    return {k: pd.read_csv(io.StringIO("\n".join(v).strip() + "\n"), keep_default_na=False,
                           na_values=[""], dtype=str) for k, v in sections.items()}


def assert_same(frame, expected):
    assert list(frame.columns) == list(expected.columns)
    assert len(frame) == len(expected)
    for col in frame.columns:
        for ours, text in zip(frame[col], expected[col]):
            if ours is None or (isinstance(ours, float) and math.isnan(ours)):
                assert pd.isna(text) or text in ("nan", "NaN"), (col, ours, text)
            elif isinstance(ours, float):
                assert ours == float(text) or (math.isinf(ours) and math.isinf(float(text))), \
                    (col, ours, text)
            elif isinstance(ours, int):
                assert ours == int(text), (col, ours, text)
            else:
                assert str(ours) == ("" if pd.isna(text) else text), (col, ours, text)


@pytest.mark.parametrize("call,args", [
    (lambda g: innonet.corridors(g), ["corridors"]),
    (lambda g: innonet.corridors(g, corridor=["nanjing,xuancheng"], implied=True),
     ["corridors", "--corridor", "nanjing,xuancheng", "--implied"]),
    (lambda g: innonet.recommend(g, kind="flying_enclave"),
     ["recommend", "--kind", "flying_enclave"]),
    (lambda g: innonet.indicators(g, scope="nanjing"), ["indicators", "--scope", "nanjing"]),
    (lambda g: innonet.rank(g, metric="betweenness", top=15), ["rank", "--metric", "betweenness",
                                                               "--top", "15"]),
])
def test_single_table_commands_equal_cli_csv(builtin, innonet_cli, call, args):
    frame = call(builtin)
    (expected,) = cli_tables(innonet_cli, *args).values()
    assert_same(frame, expected)


@pytest.mark.parametrize("call,args", [
    (lambda g: innonet.corridor("ninghuai", g), ["corridor", "ninghuai"]),
    (lambda g: innonet.report(g), ["report"]),
])
def test_multi_table_commands_equal_cli_csv(builtin, innonet_cli, call, args):
    frames = call(builtin)
    expected = cli_tables(innonet_cli, *args)
    if len(expected) == 1 and None in expected:
        expected = {next(iter(frames)): expected[None]}
    assert list(frames) == list(expected)
    for name in frames:
        assert_same(frames[name], expected[name])


def test_a_graph_from_a_file_and_from_memory(builtin, innonet_cli, tmp_path):
    path = tmp_path / "metro.json"
    innonet.generate("metro", nodes=400, seed=5).save(path)
    from_file = innonet.load(path)
    expected = next(iter(cli_tables(innonet_cli, "--graph", str(path), "corridors").values()))
    assert_same(innonet.corridors(from_file), expected)
    # A graph made in memory is handed to the command as a native JSON copy.
    assert_same(innonet.corridors(innonet.generate("metro", nodes=400, seed=5)), expected)


def test_breakdown_and_gravity_columns(builtin):
    frames = innonet.corridor("ninghuai", builtin)
    breakdown = next(iter(frames.values()))
    assert {"component", "value", "score", "weight"} <= set(breakdown.columns)
    gravity = innonet.gravity(builtin)
    assert list(gravity.columns) == ["id", "name", "members", "ties", "observed_to_expected",
                                     "gravity_score"]
    assert gravity.attrs["notes"]
