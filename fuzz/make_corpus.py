#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (fuzz/corpus/<target>/), small files that reach
every part of each reader. Run once, output committed:

    /usr/bin/python3 fuzz/make_corpus.py build/innonet

Seeds are a slice of the built-in dataset (every record kind, attributes, sources, Chinese text),
files written by innonet itself (generate, convert) and hand-written variants of each text format
(comments, blanks, CRLF, weights, headers; for the exchange formats, files in the style NetworkX,
Gephi and yEd write; for tie sheets, the rows the reader skips). Standard library only."""
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
RS = b"\x1e"  # separates the six files of a CSV set in one fuzz input (fuzz/csv_fuzz.cpp)
# The parts of a workbook, in the order fuzz/tie_sheet_xlsx_fuzz.cpp packs them (RS between).
XLSX_PARTS = ("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml",
              "xl/sharedStrings.xml")


def put(target, name, data):
    os.makedirs(os.path.join(CORPUS, target), exist_ok=True)
    with open(os.path.join(CORPUS, target, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def read(path):
    with open(path, "rb") as f:
        return f.read()


def shorten(record):
    """Keeps a seed small: one source with a short quote, at most two attributes."""
    if record.get("sources"):
        first = record["sources"][0]
        record["sources"] = [{"document": first["document"], "quote": first["quote"][:12]}]
    if isinstance(record.get("attributes"), dict):
        record["attributes"] = dict(list(record["attributes"].items())[:2])
    if isinstance(record.get("note"), str):
        record["note"] = record["note"][:20]


def dataset_slice():
    """A few cities and what lies between them: every section of the native format."""
    with open(os.path.join(ROOT, "datasets", "nanjing-metro.json"), encoding="utf-8") as f:
        full = json.load(f)
    cities = [n for n in full["nodes"] if n.get("type") == "city"][:4]
    keep = {n["id"] for n in cities}
    children = [n for n in full["nodes"] if n.get("parent") in keep][:4]
    keep |= {n["id"] for n in children}
    nodes = cities + children
    edges = [e for e in full["edges"] if e["source"] in keep and e["target"] in keep][:4]
    if not edges:
        edges = [{"source": cities[0]["id"], "target": cities[1]["id"], "kind": "co_innovation",
                  "directed": False, "weight": 2.5, "year": 2021, "evidence": "stated",
                  "attributes": {"note": "seed"}}]
    groups = []
    for g in full["groups"]:
        members = [m for m in g.get("members", []) if m in keep]
        if len(members) >= 2:
            g = dict(g, members=members)
            g.pop("members_implied", None)
            groups.append(g)
        if len(groups) == 2:
            break
    scopes = keep | {g["id"] for g in groups}
    group_edges = [e for e in full["group_edges"]
                   if e["source"] in scopes and e["target"] in scopes][:2]
    indicators = [i for i in full["indicators"] if i.get("scope") in scopes][:3]
    for record in nodes + edges + groups + group_edges + indicators:
        shorten(record)
    doc = {"format": "innonet-graph", "version": 1,
           "metadata": {"name": "fuzz seed", "counts": {"nodes": len(nodes)}},
           "vocabulary": full["vocabulary"], "nodes": nodes, "edges": edges, "groups": groups,
           "group_edges": group_edges, "indicators": indicators}
    return json.dumps(doc, ensure_ascii=False, indent=1)


GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<!-- hand-written: typed keys with defaults, for="all", graph-level data, per-edge directed -->
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"><default>city</default></key>
  <key id="d2" for="node" attr.name="rank" attr.type="int"/>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d4" for="edge" attr.name="flag" attr.type="boolean"><default>false</default></key>
  <key id="d5" for="all" attr.name="note" attr.type="string"/>
  <key id="d6" for="node" attr.name="latitude" attr.type="float"/>
  <key id="d7" for="node" attr.name="longitude" attr.type="float"/>
  <key id="g0" for="graph" attr.name="title" attr.type="string"/>
  <graph id="G" edgedefault="undirected">
    <desc>seed</desc>
    <data key="g0">metro</data>
    <node id="nanjing"><data key="d0">南京</data><data key="d2">-1</data>
      <data key="d6">32.06</data><data key="d7">118.79</data></node>
    <node id="huaian"><data key="d0">淮安</data><data key="d5"><![CDATA[a & <b>]]></data></node>
    <node id="lab"><data key="d1">lab</data><data key="d5">x&#10;y &amp; &lt;z&gt;</data></node>
    <edge id="e1" source="nanjing" target="huaian"><data key="d3">2.5</data><data key="d4">true</data></edge>
    <edge source="huaian" target="lab" directed="true"><data key="d3">1e-3</data></edge>
    <edge source="lab" target="lab"><data key="d5">loop</data></edge>
  </graph>
</graphml>
"""

GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi</creator></meta>
  <graph mode="static" defaultedgetype="directed">
    <attributes class="node" mode="static">
      <attribute id="0" title="type" type="string"><default>city</default></attribute>
      <attribute id="1" title="score" type="float"/>
      <attribute id="2" title="flag" type="boolean"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="0" title="year" type="integer"/>
      <attribute id="1" title="note" type="string"/>
    </attributes>
    <nodes>
      <node id="nanjing" label="南京"><attvalues><attvalue for="1" value="0.5"/>
        <attvalue for="2" value="true"/></attvalues>
        <viz:position x="118.8" y="32.1" z="0.0"/><viz:color r="1" g="2" b="3"/></node>
      <node id="huaian" label="淮安"/>
      <node id="lab" label="Lab &amp; co"><attvalues><attvalue for="0" value="lab"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="0" source="nanjing" target="huaian" weight="2.5" kind="branch">
        <attvalues><attvalue for="0" value="2020"/></attvalues></edge>
      <edge id="1" source="huaian" target="lab" type="undirected">
        <attvalues><attvalue for="1" value="x&#10;y"/></attvalues></edge>
      <edge id="#2" source="lab" target="nanjing" type="mutual" label="l"/>
    </edges>
  </graph>
</gexf>
"""

GML = """# hand-written: comments, reals, nested lists, character references, repeated keys
Creator "seed"
graph [
  directed 1
  comment "top"
  node [ id 0 label "nanjing" name "&#21335;&#20140;" type "city" latitude 32.06 longitude 118.79 ]
  node [ id 1 label "huaian" name "&#x6DEE;&#x5B89; &amp; co" score -1.5e-3 tags [ tag "a" tag "b" ] ]
  node [ id 2 ]
  edge [ source 0 target 1 id "e1" kind "branch" weight 2 year 2020 ]
  edge [ source 1 target 2 weight +0.5 graphics [ width 1 ] ]
  edge [ source 2 target 2 directed 0 sources "[{&quot;document&quot;: &quot;d&quot;, &quot;quote&quot;: &quot;q&quot;}]" ]
]
"""

PAJEK = """% hand-written: comments, quoting, a vertex without a label, arcs and edges, CRLF
*Network seed\r
*Vertices 5\r
1 "nanjing" 0.1 0.2 ellipse "name" "南京" "type" "city"\r
2 huaian\r
3 "lab \\"x\\"" 0.0 0.0 box "name" "a\\\\b"\r
4 'single quoted'\r
5\r
*Arcs\r
1 2 2.5 "kind" "branch" "year" "2020"\r
2 3\r
*Edges\r
3 4 1 "id" "e9"\r
4 1 "note" "x"\r
5 1\r
"""

NODE_LINK = """{"directed": false, "multigraph": true, "graph": {"name": "seed"},
 "nodes": [{"id": 0, "name": "南京", "type": "city", "latitude": 32.06, "longitude": 118.79},
           {"id": "huaian", "tags": ["a", {"b": null}], "flag": true, "big": 18446744073709551615},
           {"id": 2}],
 "links": [{"source": 0, "target": "huaian", "key": 0, "weight": 2.5, "year": 2020, "kind": "branch",
            "directed": true},
           {"source": "huaian", "target": 2, "sources": [{"document": "d", "quote": "q"}],
            "attributes": {"x": 1, "y": [1.5, "z"]}}]}
"""

TIES_CSV = ("\ufeff甲方,乙方,合作类型,年份,权重,"
            "有向,甲方类型,备注\r\n"
            "南京,淮安,共建园区,2019,2.5,是,city,\"a, \"\"b\"\"\"\r\n"
            "\u00a0南京\u00a0,淮安 ,,2021,,,lab,\"two\nlines\"\r\n"
            "© Corp,淮安,技术转移,,1e-3,no,,\r\n"
            ",南京,技术转移,2020,,,,\r\n"
            "扬州,扬州,,,,,,\r\n"
            "扬州,南京,,二〇二〇,,,,\r\n"
            "扬州,南京,,,x,,,\r\n"
            "扬州,南京,,,,,,,extra\r\n"
            ",,,,,,,\r\n")
TIES_ENGLISH = ("Source,Target,kind,year,weight,evidence,directed,source_type,target_type,note\n"
                "A,B,branch,2020,1,stated,yes,city,lab,first\n"
                "B,C,,1799,,,,,,\n"
                "C,A,tie,2200,0.5,inferred,false,lab,city,\n")

# A small workbook (first sheet: shared and inline strings, rich text, numbers, a boolean, a
# skipped cell and a skipped row), as its four parts.
SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
XLSX = {
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook '
                       f'{SHEET_NS} {REL_NS}><sheets><sheet name="ties" sheetId="1" r:id="rId1"/>'
                       f'</sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="'
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/></Relationships>',
    "xl/worksheets/sheet1.xml":
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {SHEET_NS}>'
        '<sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>2</v></c><c r="D1" t="inlineStr"><is><t>年份</t></is></c>'
        '<c r="E1" t="str"><v>directed</v></c><c r="F1" t="s"><v>5</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c>'
        '<c r="C2" t="inlineStr"><is><r><t>共建</t></r><r><t>园区</t></r></is></c>'
        '<c r="D2"><v>2019</v></c><c r="E2" t="b"><v>1</v></c><c r="F2"><v>0.5</v></c></row>'
        '<row r="4"><c r="A4" t="s"><v>4</v></c><c r="B4" t="s"><v>3</v></c>'
        '<c r="D4"><v>2021</v></c><c r="F4" t="s"><v>6</v></c></row>'
        '<row r="5"><c r="B5" t="s"><v>3</v></c></row>'
        '</sheetData></worksheet>',
    "xl/sharedStrings.xml":
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {SHEET_NS} count="7" '
        'uniqueCount="7"><si><t>甲方</t></si><si><t>乙方</t></si>'
        '<si><t>合作类型</t></si><si><t>南京</t></si>'
        '<si><r><t>淮</t></r><r><rPr><b/></rPr><t>安</t></r></si>'
        '<si><t>备注</t></si><si><t xml:space="preserve"> a &amp; b </t></si></sst>',
}


def xlsx(parts):
    """A workbook holding `parts`, with fixed dates so the seed is the same on every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), text,
                       compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def exchange_slice(seed):
    """The dataset slice cut to what the exchange formats hold (nodes and the edges between
    them), five nodes, so that their seeds stay a few KB."""
    doc = json.loads(seed)
    nodes = doc["nodes"][:5]
    keep = {n["id"] for n in nodes}
    for n in nodes:
        if n.get("parent") not in keep:
            n.pop("parent", None)
    doc["nodes"] = nodes
    doc["edges"] = [e for e in doc["edges"] if e["source"] in keep and e["target"] in keep]
    for section in ("groups", "group_edges", "indicators"):
        doc[section] = []
    return json.dumps(doc, ensure_ascii=False, indent=1)


def run(innonet, *args):
    subprocess.run([innonet, "--quiet", *args], check=True, stdout=subprocess.DEVNULL)


def main():
    innonet = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "innonet")
    tmp = tempfile.mkdtemp()
    t = lambda name: os.path.join(tmp, name)

    seed = dataset_slice()
    put("native_json", "dataset_slice.json", seed)
    with open(t("slice.json"), "w", encoding="utf-8") as f:
        f.write(seed)
    run(innonet, "convert", t("slice.json"), t("slice_written.json"))
    put("native_json", "dataset_slice_written.json", read(t("slice_written.json")))
    put("native_json", "minimal.json",
        '{"format": "innonet-graph", "version": 1, "nodes": [{"id": "a", "type": "t"}], '
        '"edges": []}')

    for name, source in (("dataset_slice", "slice.json"),):
        run(innonet, "convert", t(source), t(name + ".csv"))
        parts = [read(t(name + "." + p + ".csv")) for p in
                 ("nodes", "edges", "groups", "group_edges", "indicators", "metadata")]
        put("csv", name + ".csv", RS.join(parts))
    put("csv", "spreadsheet.csv",
        b"\xef\xbb\xbfid,type,name,extra\r\na,city,\"A, \"\"quoted\"\"\",x\r\nb,city,B,\r\n" + RS +
        b"source,target,kind,weight,year\na,b,tie,1.5,2020\nb,a,tie,,\n")

    put("edge_list", "plain.edges", "0 1\n1 2\n2 0\n")
    put("edge_list", "weighted_comments.edges",
        "# Nodes: 6 Edges: 3\n% another comment\n0\t1\t2.5\n\n  3 4 -1e-3\r\n5 5 1e300\n")
    put("edge_list", "sparse_ids.txt", "10 2000\n2000 10\n7 7\n")
    run(innonet, "generate", "er", "--scale", "4", "--edge-factor", "2", "--weights", "--seed",
        "1", "-o", t("er.edges"))
    put("edge_list", "innonet_weighted.edges", read(t("er.edges")))

    put("matrix_market", "general_real.mtx",
        "%%MatrixMarket matrix coordinate real general\n% comment\n3 3 3\n1 2 0.5\n2 3 -2\n3 1 1e-9\n")
    put("matrix_market", "symmetric_pattern.mtx",
        "%%MatrixMarket matrix coordinate pattern symmetric\n4 4 3\n2 1\n3 3\n4 2\n")
    put("matrix_market", "integer.mtx",
        "%%MatrixMarket matrix coordinate integer general\n2 2 2\n1 1 7\n2 1 -3\n")
    run(innonet, "generate", "ba", "--nodes", "20", "--seed", "2", "-o", t("ba.mtx"))
    put("matrix_market", "innonet_symmetric.mtx", read(t("ba.mtx")))

    run(innonet, "generate", "er", "--nodes", "12", "--edge-factor", "2", "--directed",
        "--weights", "--seed", "4", "-o", t("directed_weighted.inb"))
    put("snapshot", "directed_weighted.inb", read(t("directed_weighted.inb")))
    run(innonet, "generate", "ws", "--nodes", "10", "--seed", "5", "-o", t("undirected.inb"))
    put("snapshot", "undirected.inb", read(t("undirected.inb")))
    run(innonet, "convert", t("slice.json"), t("slice.inb"))
    put("snapshot", "dataset_slice.inb", read(t("slice.inb")))

    with open(t("exchange.json"), "w", encoding="utf-8") as f:
        f.write(exchange_slice(seed))
    for target, ext, hand in (("graphml", "graphml", GRAPHML), ("gexf", "gexf", GEXF),
                              ("gml", "gml", GML), ("pajek", "net", PAJEK),
                              ("node_link", "nx.json", NODE_LINK)):
        run(innonet, "convert", t("exchange.json"), t("exchange." + ext))
        put(target, "dataset_slice_written." + ext, read(t("exchange." + ext)))
        put(target, "hand_written." + ext, hand.encode())

    put("tie_sheet", "utf8_bom_crlf_bad_rows.csv", TIES_CSV.encode())
    put("tie_sheet", "english_headers.csv", TIES_ENGLISH.encode())
    gbk = read(os.path.join(ROOT, "tests", "fixtures", "ties", "ties_gbk.csv"))
    put("tie_sheet", "gbk_head.csv", b"\n".join(gbk.split(b"\n")[:6]) + b"\n")
    put("tie_sheet_xlsx", "small.xlsx", xlsx(XLSX))
    put("tie_sheet_xlsx", "small_parts.xml", RS.join(XLSX[p].encode() for p in XLSX_PARTS))


if __name__ == "__main__":
    main()
