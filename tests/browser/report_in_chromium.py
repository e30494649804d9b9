#!/usr/bin/env python3
"""The HTML report as a person sees it: headless Chromium with JavaScript on and no network.

Writes `innonet report --html` for the built-in dataset and for a hostile small graph, loads each
in headless Chromium (every request sent to a dead proxy, host names unresolvable, a net log
recorded), dumps the DOM after the scripts ran and checks it:
  - one map marker per node with coordinates, ids matching the dataset file;
  - marker positions consistent with the coordinates (east is right, north is up, for every pair
    of places more than 0.1 degree apart; e.g. Nanjing west of Shanghai, south of Huai'an);
  - one corridor row per corridor of `innonet corridors --format json`, same composite score;
  - the page's script ran (body data-ready) and reported no error; no console error;
  - no network request in the net log, and no http(s) URL loaded by the page;
  - a graph without coordinates says "no coordinates"; names with <script>, & and quotes are text.
A control page that does load an image checks that the net log check can fail.
A screenshot of the built-in report is written to OUT/report.png for a person to look at.
Exit 77 (CTest: skipped) when no Chromium is installed. Budget: about 30 s (100 s on a loaded 2-core machine).
"""
import argparse
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


class Dom(html.parser.HTMLParser):
    """Collects the elements the checks need from a dumped DOM."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.markers, self.corridor_rows, self.scripts, self.ties = [], [], [], 0
        self.status, self.body, self.no_coordinates, self.texts = {}, {}, False, []
        self.network_nodes = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "circle" and "place-marker" in classes and "data-id" in a:
            self.markers.append(a)
        if tag == "circle" and "node" in classes:
            self.network_nodes += 1
        if tag == "line" and "tie" in classes:
            self.ties += 1
        if tag == "tr" and "corridor-row" in classes:
            self.corridor_rows.append(a)
        if tag == "script":
            self.scripts.append(a)
        if a.get("id") == "script-status":
            self.status = a
        if tag == "body":
            self.body = a
        if "no-coordinates" in classes:
            self.no_coordinates = True

    def handle_data(self, data):
        self.texts.append(data)


def chromium_binary():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(browser, page, out_dir, tag, extra):
    profile = tempfile.mkdtemp(prefix="innonet-chromium-")
    netlog = os.path.join(out_dir, tag + ".netlog.json")
    args = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile,
            "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--log-net-log=" + netlog, "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=5000"] + extra + ["file://" + os.path.abspath(page)]
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=90)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return done, netlog


def network_requests(netlog):
    """URLs the page asked for, from a Chromium net log: every URL request that a web origin
    started (the browser's own update and account checks say "not an origin"), other than the
    page's own file:, blob: and data: URLs."""
    try:
        with open(netlog, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except OSError:
        return ["(no net log written)"]
    try:
        log = json.loads(text)
    except json.JSONDecodeError:  # a log cut short: close the event list
        log = json.loads(text.rstrip().rstrip(",") + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    urls = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        url = params.get("url", "")
        if event.get("type") != start_job or params.get("initiator") == "not an origin":
            continue
        if url and not url.startswith(("file:", "blob:", "data:")):
            urls.append(url)
    return sorted(set(urls))


def console_errors(stderr):
    return [line for line in stderr.splitlines()
            if "CONSOLE" in line and ("Uncaught" in line or "rror" in line or "Refused" in line)]


def load(browser, page, out_dir, tag):
    done, netlog = run_chromium(browser, page, out_dir, tag, ["--dump-dom"])
    check(done.returncode == 0, f"{tag}: chromium exited {done.returncode}: {done.stderr[-500:]}")
    dom = Dom()
    dom.feed(done.stdout)
    check(dom.body.get("data-ready") == "1", f"{tag}: the page's script did not finish")
    check(dom.status.get("data-errors") == "0",
          f"{tag}: script errors reported in the page: {dom.status}")
    check(not console_errors(done.stderr), f"{tag}: console errors: {console_errors(done.stderr)}")
    requests = network_requests(netlog)
    check(not requests, f"{tag}: network requests attempted: {requests[:5]}")
    with open(page, encoding="utf-8") as f:
        source = f.read()
    for pattern in ('src="http', "src='http", 'href="http', "url(http", "@import"):
        check(pattern not in source, f"{tag}: the page refers to a network resource ({pattern})")
    return dom, source


def check_detector(browser, out_dir):
    """The net log check must see a request when a page makes one (else it proves nothing)."""
    page = os.path.join(out_dir, "control.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html><html><body><img src="http://192.0.2.1/probe.png"></body></html>')
    _, netlog = run_chromium(browser, page, out_dir, "control", ["--dump-dom"])
    check(any("192.0.2.1" in url for url in network_requests(netlog)),
          "control page: the net log check did not see the page's request")


def check_builtin(cli, browser, repo, out_dir):
    page = os.path.join(out_dir, "report.html")
    subprocess.run([cli, "--quiet", "report", "--html", page], check=True, capture_output=True)
    size = os.path.getsize(page)
    print(f"report.html: {size} bytes")
    check(size < 2_000_000, f"built-in report is {size} bytes, over 2 MB")
    dom, _ = load(browser, page, out_dir, "builtin")
    with open(os.path.join(repo, "datasets", "nanjing-metro.json"), encoding="utf-8") as f:
        dataset = json.load(f)
    located = {n["id"]: n["coordinates"] for n in dataset["nodes"] if n.get("coordinates")}
    ids = [m["data-id"] for m in dom.markers]
    check(len(ids) == len(located) and set(ids) == set(located),
          f"markers {sorted(ids)} != nodes with coordinates {sorted(located)}")
    pos = {m["data-id"]: (float(m["cx"]), float(m["cy"])) for m in dom.markers}
    if all(k in pos for k in ("nanjing", "shanghai", "huaian")):
        check(pos["nanjing"][0] < pos["shanghai"][0], "南京 is not drawn west of 上海")
        check(pos["nanjing"][1] > pos["huaian"][1], "南京 is not drawn south of 淮安")
    wrong = []
    for a in pos:
        for b in pos:
            (lat_a, lon_a), (lat_b, lon_b) = located[a], located[b]
            if lon_a < lon_b - 0.1 and not pos[a][0] < pos[b][0]:
                wrong.append(f"{a} east of {b}")
            if lat_a < lat_b - 0.1 and not pos[a][1] > pos[b][1]:
                wrong.append(f"{a} north of {b}")
    check(not wrong, f"marker positions contradict the coordinates: {wrong[:6]}")
    listed = subprocess.run([cli, "--quiet", "--format", "json", "corridors"], check=True,
                            capture_output=True, text=True).stdout
    table = next(v for k, v in json.loads(listed).items() if isinstance(v, list))
    expected = {row["id"]: row["composite"] for row in table}
    rows = {r["data-corridor"]: float(r["data-composite"]) for r in dom.corridor_rows}
    check(len(dom.corridor_rows) == len(expected) and set(rows) == set(expected),
          f"corridor rows {sorted(rows)} != corridors {sorted(expected)}")
    for cid, composite in expected.items():
        check(cid in rows and abs(rows[cid] - composite) <= 1e-12 * max(1.0, abs(composite)),
              f"corridor {cid}: page {rows.get(cid)} != innonet corridors {composite}")
    check(dom.ties > 0, "no tie drawn on the map")
    check(dom.network_nodes == len(dataset["nodes"]),
          f"network shows {dom.network_nodes} of {len(dataset['nodes'])} organisations")
    shot = os.path.join(out_dir, "report.png")
    done, _ = run_chromium(browser, page, out_dir, "screenshot",
                           ["--screenshot=" + shot, "--window-size=1400,2400", "--hide-scrollbars"])
    check(os.path.exists(shot) and os.path.getsize(shot) > 10_000, f"no screenshot: {done.stderr[-300:]}")
    print(f"{len(ids)} markers, {len(rows)} corridors, {dom.ties} tie lines, "
          f"{dom.network_nodes} network nodes; screenshot {shot}")


HOSTILE = "<script>alert(1)</script>"


def check_hostile(cli, browser, out_dir):
    long_name = "很长的名字" * 30 + " & a very long English name that goes on"
    graph = {
        "format": "innonet-graph", "version": 1,
        "nodes": [
            {"id": "x1", "name": HOSTILE, "type": "city"},
            {"id": "x2", "name": 'Tom & "Jerry" \'s lab', "type": "lab", "parent": "x1"},
            {"id": "x3", "name": long_name, "type": "city"},
        ],
        "edges": [{"id": "e1", "source": "x2", "target": "x3", "kind": "joint_lab",
                   "directed": False, "evidence": "stated",
                   "sources": [{"document": "d.txt", "quote": "</script><b>quote</b> & more"}]}],
        "groups": [{"id": "c1", "name": HOSTILE, "kind": "corridor", "members": ["x1", "x3"]}],
    }
    source = os.path.join(out_dir, "hostile.json")
    with open(source, "w", encoding="utf-8") as f:
        json.dump(graph, f, ensure_ascii=False)
    page = os.path.join(out_dir, "hostile.html")
    done = subprocess.run([cli, "--quiet", "--graph", source, "report", "--html", page],
                          capture_output=True, text=True)
    check(done.returncode == 0, f"hostile graph: report failed: {done.stderr}")
    if done.returncode != 0:
        return
    dom, text = load(browser, page, out_dir, "hostile")
    check(dom.no_coordinates, "a graph without coordinates does not say 'no coordinates'")
    check(len(dom.markers) == 0, "markers drawn for a graph without coordinates")
    check(len(dom.scripts) == 2, f"{len(dom.scripts)} script elements, expected the page's own 2")
    check(text.count("<script") == 2, "a name was written into the page as a <script> element")
    check(any(HOSTILE in t for t in dom.texts), "the hostile name is not shown as text")
    check(any(long_name in t for t in dom.texts), "the long name is not kept whole for hover")
    print("hostile graph: escaped, 'no coordinates' shown")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    parser.add_argument("--repo", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    browser = chromium_binary()
    if not browser:
        print("SKIP: no chromium found; `apt-get install chromium` (tools/setup.sh test does)")
        return SKIP
    os.makedirs(args.out, exist_ok=True)
    check_detector(browser, args.out)
    check_builtin(args.cli, browser, args.repo, args.out)
    check_hostile(args.cli, browser, args.out)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
