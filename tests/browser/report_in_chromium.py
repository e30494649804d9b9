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
Then, as a person uses it (the report in a frame of a driver page that dispatches the events):
  - hovering a tie shows its places, kind, evidence and count; clicking it lists its edges with
    the source quotes of datasets/nanjing-metro.json;
  - hovering a network node or a map marker shows its name; the search box finds a node by id,
    Chinese name and (partial, any case) English name, and says when nothing matches;
  - hovering a corridor row highlights its band; clicking a column header sorts the rows both
    ways; the CSV button hands the browser a file with the byte-order mark, the header and every
    row of the table.
A control page that does load an image checks that the net log check can fail.
A screenshot of the built-in report is written to OUT/report.png for a person to look at.
Exit 77 (CTest: skipped) when no Chromium is installed. Budget: about 50 s (150 s on a loaded 2-core machine).
"""
import argparse
import csv
import html
import html.parser
import io
import json
import os
import re
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


# The driver page: loads report.html in a frame (same origin under --allow-file-access-from-files),
# plays a person's actions on it and writes what the page showed into <pre id="results"> as JSON.
DRIVER = r"""<!DOCTYPE html><html><body><pre id="results">pending</pre>
<iframe id="report" src="report.html" width="1400" height="1000"></iframe>
<script>
var out = {};
function finish() { document.getElementById('results').textContent = JSON.stringify(out); }
document.getElementById('report').addEventListener('load', function () {
  try {
    var w = document.getElementById('report').contentWindow, d = w.document;
    var tip = d.getElementById('tooltip');
    function hover(el) { el.dispatchEvent(new w.MouseEvent('mousemove', {bubbles: true, clientX: 20, clientY: 20})); return tip.style.display === 'block' ? tip.textContent : null; }
    out.ready = d.body.getAttribute('data-ready');
    var tie = d.querySelector('.tie');
    out.tie = {a: tie.getAttribute('data-a'), b: tie.getAttribute('data-b'), kind: tie.getAttribute('data-kind'),
               evidence: tie.getAttribute('data-evidence'), count: tie.getAttribute('data-count'), tip: hover(tie)};
    tie.dispatchEvent(new w.MouseEvent('mouseleave'));
    out.tie.hidden_after = tip.style.display;
    tie.dispatchEvent(new w.MouseEvent('click', {bubbles: true}));
    var panel = d.getElementById('tie-details');
    out.tie.edges = Array.prototype.map.call(panel.querySelectorAll('strong'), function (x) { return x.textContent.trim(); });
    out.tie.quotes = Array.prototype.map.call(panel.querySelectorAll('blockquote'), function (x) { return x.firstChild.textContent; });
    out.tie.selected = tie.classList.contains('selected');
    var node = d.querySelector('#network-wrap .node');
    out.node = {id: node.getAttribute('data-id'), name: node.getAttribute('data-name'), tip: hover(node)};
    var marker = d.querySelector('.place-marker');
    out.marker = {title: marker.querySelector('title').textContent, tip: hover(marker)};
    var search = d.getElementById('node-search');
    out.search = {};
    ['seu', '东南大学', 'southeast univ', 'NANJING UNIVERSITY', 'no such place xyz'].forEach(function (q) {
      search.value = q; search.dispatchEvent(new w.Event('input'));
      var found = d.querySelectorAll('#network-wrap .node.found');
      out.search[q] = {found: Array.prototype.map.call(found, function (x) { return x.getAttribute('data-id'); }),
                       details: d.getElementById('node-details').textContent};
    });
    out.highlight = {};
    Array.prototype.forEach.call(d.querySelectorAll('tr[data-corridor]'), function (row) {
      var id = row.getAttribute('data-corridor');
      row.dispatchEvent(new w.MouseEvent('mouseenter'));
      out.highlight[id] = [d.querySelectorAll('.corridor[data-corridor="' + id + '"]').length,
                           d.querySelectorAll('.corridor.highlight[data-corridor="' + id + '"]').length,
                           d.querySelectorAll('.corridor.highlight').length];
      row.dispatchEvent(new w.MouseEvent('mouseleave'));
    });
    var table = d.getElementById('corridor-table'), heads = table.querySelectorAll('thead th');
    function column(i) { return Array.prototype.map.call(table.tBodies[0].rows, function (r) { var c = r.cells[i]; var v = c.getAttribute('data-value'); return v !== null ? v : c.textContent.trim(); }); }
    out.sort = {headers: Array.prototype.map.call(heads, function (h) { return h.textContent.trim(); })};
    var last = Array.prototype.findIndex.call(heads, function (h) { return h.textContent.trim() === 'composite'; });
    heads[last].dispatchEvent(new w.MouseEvent('click', {bubbles: true}));
    out.sort.asc = column(last);
    heads[last].dispatchEvent(new w.MouseEvent('click', {bubbles: true}));
    out.sort.desc = column(last);
    heads[1].dispatchEvent(new w.MouseEvent('click', {bubbles: true}));
    out.sort.by_name = column(1);
    out.sort.rows = Array.prototype.map.call(table.tBodies[0].rows, function (r) {
      return Array.prototype.map.call(r.cells, function (c) { var v = c.getAttribute('data-value'); return v !== null ? v : c.textContent.trim(); }); });
    var blobs = [], create = w.URL.createObjectURL;
    w.URL.createObjectURL = function (blob) { blobs.push(blob); return create.call(w.URL, blob); };
    d.querySelector('button.csv[data-table="corridor-table"]').dispatchEvent(new w.MouseEvent('click', {bubbles: true}));
    out.csv_files = blobs.length;
    if (!blobs.length) { finish(); return; }
    blobs[0].arrayBuffer().then(function (buffer) {
      out.csv = new TextDecoder('utf-8', {ignoreBOM: true}).decode(buffer);
      finish();
    }, function (e) { out.error = 'csv: ' + e; finish(); });
  } catch (e) { out.error = String(e && e.stack || e); finish(); }
});
</script></body></html>
"""


def check_interactions(browser, repo, out_dir):
    """Hover, click, search, sort and download on the built-in report, as a person would."""
    driver = os.path.join(out_dir, "driver.html")
    with open(driver, "w", encoding="utf-8") as f:
        f.write(DRIVER)
    done, _ = run_chromium(browser, driver, out_dir, "interact",
                           ["--allow-file-access-from-files", "--dump-dom"])
    found = re.search(r'<pre id="results">(.*?)</pre>', done.stdout, re.S)
    text = html.unescape(found.group(1)) if found else "pending"
    check(text != "pending", f"interaction driver did not finish: {done.stderr[-300:]}")
    if text == "pending":
        return
    out = json.loads(text)
    check("error" not in out, f"interaction driver: {out.get('error')}")
    if "error" in out:
        return
    with open(os.path.join(repo, "datasets", "nanjing-metro.json"), encoding="utf-8") as f:
        dataset = json.load(f)
    name = {n["id"]: n["name"] for n in dataset["nodes"]}
    parent = {n["id"]: n.get("parent") for n in dataset["nodes"]}
    edges = {e["id"]: e for e in dataset["edges"]}

    def within(node):  # the node and every place above it
        chain = []
        while node and node not in chain:
            chain.append(node)
            node = parent.get(node)
        return chain

    tie = out["tie"]
    check(tie["tip"] is not None, "hovering a tie shows no tooltip")
    tip = tie["tip"] or ""
    for part in (name[tie["a"]], name[tie["b"]], tie["kind"], tie["evidence"], "×" + tie["count"]):
        check(part in tip, f"tie tooltip {tip!r} lacks {part!r}")
    check(tie["hidden_after"] == "none", "the tooltip stays after the pointer leaves the tie")
    check(tie["selected"], "a clicked tie is not marked selected")
    check(len(tie["edges"]) == int(tie["count"]), f"tie panel lists {tie['edges']}, count {tie['count']}")
    expected_quotes = []
    for edge_id in tie["edges"]:
        edge = edges.get(edge_id)
        check(edge is not None, f"tie panel lists {edge_id!r}, not an edge of the dataset")
        if edge is None:
            continue
        ends = (within(edge["source"]), within(edge["target"]))
        check(edge["kind"] == tie["kind"] and edge.get("evidence", "stated") == tie["evidence"] and
              ((tie["a"] in ends[0] and tie["b"] in ends[1]) or
               (tie["b"] in ends[0] and tie["a"] in ends[1])),
              f"edge {edge_id} ({edge['source']} - {edge['target']}, {edge['kind']}) is not a "
              f"{tie['kind']} tie between {tie['a']} and {tie['b']}")
        expected_quotes += ["\u201c" + s["quote"] + "\u201d" for s in edge.get("sources", [])]
    check(tie["quotes"] == expected_quotes and expected_quotes,
          f"tie panel quotes {tie['quotes'][:2]} != the dataset's {expected_quotes[:2]}")

    check(out["node"]["tip"] and out["node"]["name"] in out["node"]["tip"] and
          "[" + out["node"]["id"] + "]" in out["node"]["tip"], f"network node tooltip: {out['node']}")
    check(out["marker"]["tip"] == out["marker"]["title"], f"map marker tooltip: {out['marker']}")

    english = {n["id"]: (n.get("name_en") or "").lower() for n in dataset["nodes"]}
    for query, wanted in (("seu", "seu"), ("东南大学", "seu"), ("southeast univ", "seu"),
                          ("NANJING UNIVERSITY", "nju")):
        got = out["search"][query]
        check(got["found"] == [wanted], f"search {query!r} found {got['found']}, expected {wanted}")
        check(name[wanted] in got["details"], f"search {query!r}: details {got['details']!r}")
        check(wanted != "nju" or english["nju"] == "nanjing university", "nju's English name changed")
    check(out["search"]["no such place xyz"]["found"] == [] and
          out["search"]["no such place xyz"]["details"] == "no node matches",
          f"a search with no match: {out['search']['no such place xyz']}")

    drawn = {cid: v for cid, v in out["highlight"].items() if v[0] > 0}
    check(drawn, "no corridor band to highlight")
    # Every corridor of the built-in dataset has a member in a place with coordinates: each is
    # drawn, as a band through its places or a ring round its one place.
    check(len(drawn) == len(out["highlight"]),
          f"corridors without a band or ring: {sorted(set(out['highlight']) - set(drawn))}")
    for cid, (bands, lit, all_lit) in out["highlight"].items():
        check(lit == bands and all_lit == bands, f"corridor {cid}: {lit} of {bands} bands lit, {all_lit} in all")

    sort = out["sort"]
    numbers = [float(v) for v in sort["asc"]]
    check(len(numbers) > 1 and numbers == sorted(numbers), f"composite ascending: {sort['asc']}")
    check([float(v) for v in sort["desc"]] == sorted(numbers, reverse=True),
          f"composite descending: {sort['desc']}")
    check(len(set(sort["by_name"])) == len(sort["by_name"]) and len(sort["by_name"]) > 1,
          f"sorting by {sort['headers'][1]}: {sort['by_name']}")

    check(out["csv_files"] == 1, f"the CSV button produced {out['csv_files']} files")
    if out["csv_files"] == 1:
        raw = out["csv"]
        check(raw.startswith("\ufeff"), "the downloaded CSV has no byte-order mark")
        rows = list(csv.reader(io.StringIO(raw.lstrip("\ufeff"))))
        check(rows[0] == sort["headers"], f"CSV header {rows[0]} != table header {sort['headers']}")
        check(rows[1:] == sort["rows"], f"CSV rows differ from the table's: {rows[1:3]} / {sort['rows'][:2]}")
    print(f"interactions: tie {tie['a']}-{tie['b']} ({len(tie['quotes'])} quotes), "
          f"{len(out['search'])} searches, {len(drawn)} corridor bands lit, sort, CSV of "
          f"{len(sort['rows'])} rows")


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
    check_interactions(browser, args.repo, args.out)
    check_hostile(args.cli, browser, args.out)
    if failures:
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
