// The report's CSS and JavaScript. The script only reads the page (data-* attributes and the
// JSON in <script id="report-data">) and the user's input; it never loads anything. Errors are
// written into #script-status, so a test that dumps the DOM sees them.
#include "tools/html/report_assets.hpp"

namespace innonet::html {

std::string_view report_css() {
  return R"css(
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee5;--accent:#2f6fab;--bg:#ffffff;--panel:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,"Noto Sans CJK SC","Noto Sans",sans-serif;color:var(--ink);background:var(--bg)}
header{padding:20px 32px 12px;border-bottom:3px solid var(--accent);background:linear-gradient(#fff,#f3f6fa)}
header h1{margin:0 0 4px;font-size:24px}
header p{margin:0;color:var(--muted)}
nav{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);padding:6px 32px}
nav a{margin-right:18px;color:var(--accent);text-decoration:none;font-weight:600}
main{padding:0 32px 40px;max-width:1280px}
section{margin-top:28px}
h2{font-size:19px;margin:0 0 8px;border-left:5px solid var(--accent);padding-left:10px}
.lead{color:var(--muted);margin:0 0 10px}
.map-wrap{display:grid;grid-template-columns:minmax(0,3fr) minmax(240px,1fr);gap:16px;align-items:start}
#map-svg{width:100%;height:auto;border:1px solid var(--line);border-radius:6px;background:var(--panel)}
.panel{border:1px solid var(--line);border-radius:6px;padding:10px 12px;background:var(--panel);font-size:13px;max-height:640px;overflow:auto}
.panel h3{margin:0 0 6px;font-size:14px}
.panel blockquote{margin:4px 0 8px;padding:4px 8px;border-left:3px solid var(--accent);background:#fff}
.caption{color:var(--muted);font-size:12px;margin:6px 0}
.legend-kind{display:inline-flex;align-items:center;gap:4px;margin-right:10px;white-space:nowrap}
.score-scale{display:inline-block;width:60px;height:9px;border-radius:3px;background:linear-gradient(90deg,#d73027,#fdae61,#1a9850)}
.place-marker{fill:#2f6fab;stroke:#fff;stroke-width:2;cursor:pointer}
.place-marker.left-out{fill:#fff;stroke:#d73027;stroke-width:3;stroke-dasharray:3 2}
.place-label{font-size:13px;font-weight:600;paint-order:stroke;stroke:#fff;stroke-width:3px;fill:#1f2933}
.place-label.left-out{fill:#b2182b}
.tie{stroke-linecap:round;opacity:.85;cursor:pointer}
.tie:hover,.tie.selected{opacity:1;filter:drop-shadow(0 0 2px #000)}
.corridor{fill:none;stroke-width:18;stroke-opacity:.33;stroke-linecap:round;stroke-linejoin:round}
.corridor.highlight{stroke-opacity:.7}
.corridor-ring{stroke-width:8;stroke-opacity:.55}
#network-svg,#network-wrap svg{width:100%;height:auto;border:1px solid var(--line);border-radius:6px}
.node{stroke:#fff;stroke-width:.8;cursor:pointer}
.node.found{stroke:#000;stroke-width:3}
.edge{stroke-opacity:.45}
.search{display:flex;gap:8px;align-items:center;margin:6px 0 10px}
.search input{font:inherit;padding:5px 8px;width:320px;border:1px solid var(--line);border-radius:4px}
table{border-collapse:collapse;width:100%;margin:6px 0;font-size:13px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--panel);cursor:pointer;user-select:none;white-space:nowrap}
th.sorted-asc::after{content:" \25B2"}th.sorted-desc::after{content:" \25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;width:64px;height:9px;background:#e4e8ee;border-radius:3px;margin-right:6px;vertical-align:middle;overflow:hidden}
.bar>span{display:block;height:100%;background:var(--accent)}
.bar.good>span{background:#1a9850}.bar.bad>span{background:#d73027}
details summary{cursor:pointer;color:var(--accent)}
.csv{font:inherit;font-size:12px;padding:3px 10px;border:1px solid var(--accent);color:var(--accent);background:#fff;border-radius:4px;cursor:pointer}
.table-head{display:flex;justify-content:space-between;align-items:baseline}
.no-coordinates{padding:24px;border:2px dashed var(--line);color:var(--muted);font-size:16px}
#tooltip{position:fixed;pointer-events:none;z-index:9;background:#1f2933;color:#fff;padding:6px 9px;border-radius:4px;font-size:12px;max-width:420px;display:none;white-space:pre-line}
.notes{color:var(--muted);font-size:12px}
#script-status{font-size:11px;color:var(--muted)}
#script-status.errors{color:#b2182b;font-weight:600}
footer{padding:12px 32px;color:var(--muted);font-size:12px;border-top:1px solid var(--line)}
@page{size:A4 portrait;margin:14mm}
@media print{
  body{font-size:9.5pt}
  nav,.search,.csv,#tooltip,#script-status{display:none!important}
  header{background:none;padding:0 0 6px}
  main{padding:0;max-width:none}
  .map-wrap{display:block}
  .panel{max-height:none;overflow:visible;background:none}
  section{break-inside:avoid-page;margin-top:14px}
  section.tables,section#network{break-before:page}
  table{font-size:8pt}
  th{background:#eee!important;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  svg{max-width:100%;height:auto}
  .bar>span,.corridor,.score-scale{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  a{color:inherit;text-decoration:none}
}
)css";
}

std::string_view report_script() {
  return R"js(
(function () {
  'use strict';
  var status = document.getElementById('script-status');
  var errors = [];
  function fail(message) {
    errors.push(String(message));
    if (status) { status.className = 'errors'; status.setAttribute('data-errors', String(errors.length)); status.textContent = 'script errors: ' + errors.join(' | '); }
  }
  window.addEventListener('error', function (e) { fail(e.message || 'error'); });
  var data = {};
  try { data = JSON.parse(document.getElementById('report-data').textContent); } catch (e) { fail('report data: ' + e.message); }
  var tip = document.getElementById('tooltip');
  function showTip(text, ev) { tip.textContent = text; tip.style.display = 'block'; tip.style.left = (ev.clientX + 14) + 'px'; tip.style.top = (ev.clientY + 12) + 'px'; }
  function hideTip() { tip.style.display = 'none'; }
  function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function tieText(t) { return t.a + ' \u2013 ' + t.b + '\n' + t.kind + ' \u00d7' + t.count + ' (' + t.evidence + ')\n' + t.edges.map(function (e) { return e.source + ' \u2192 ' + e.target; }).join('\n') + '\nclick for the source quotes'; }
  function showTie(i, line) {
    var t = (data.ties || [])[i]; var panel = document.getElementById('tie-details'); if (!t || !panel) return;
    document.querySelectorAll('.tie.selected').forEach(function (x) { x.classList.remove('selected'); });
    if (line) line.classList.add('selected');
    panel.textContent = '';
    panel.appendChild(el('h3', t.a + ' \u2013 ' + t.b + ': ' + t.kind + ' \u00d7' + t.count + ' (' + t.evidence + ')'));
    t.edges.forEach(function (e) {
      var p = el('p'); p.appendChild(el('strong', e.id + ' ')); p.appendChild(document.createTextNode(e.source + ' \u2192 ' + e.target + ' \u00b7 ' + e.kind + ' \u00b7 ' + e.evidence + (e.year ? ' \u00b7 ' + e.year : '')));
      panel.appendChild(p);
      if (!e.quotes.length) panel.appendChild(el('p', 'no source quote recorded', 'notes'));
      e.quotes.forEach(function (q) { var b = el('blockquote', '\u201c' + q.quote + '\u201d'); b.appendChild(el('div', q.document, 'notes')); panel.appendChild(b); });
    });
  }
  document.querySelectorAll('.tie').forEach(function (line) {
    var i = Number(line.getAttribute('data-tie'));
    line.addEventListener('mousemove', function (ev) { var t = (data.ties || [])[i]; if (t) showTip(tieText(t), ev); });
    line.addEventListener('mouseleave', hideTip);
    line.addEventListener('click', function () { showTie(i, line); });
  });
  function nodeText(n) {
    return n.getAttribute('data-name') + (n.getAttribute('data-name-en') ? ' / ' + n.getAttribute('data-name-en') : '') + ' [' + n.getAttribute('data-id') + ']\n' +
      'type: ' + n.getAttribute('data-type') + (n.getAttribute('data-place') ? ' \u00b7 in ' + n.getAttribute('data-place') : '') + '\n' +
      n.getAttribute('data-size-by') + ' ' + n.getAttribute('data-size') + ' \u00b7 ties ' + n.getAttribute('data-degree') + ' \u00b7 ' + n.getAttribute('data-group');
  }
  var nodes = Array.prototype.slice.call(document.querySelectorAll('#network-wrap .node'));
  nodes.forEach(function (n) {
    n.addEventListener('mousemove', function (ev) { showTip(nodeText(n), ev); });
    n.addEventListener('mouseleave', hideTip);
    n.addEventListener('click', function () { select(n); });
  });
  document.querySelectorAll('.place-marker').forEach(function (m) {
    m.addEventListener('mousemove', function (ev) { showTip(m.querySelector('title').textContent, ev); });
    m.addEventListener('mouseleave', hideTip);
  });
  function select(n) {
    nodes.forEach(function (x) { x.classList.remove('found'); });
    var out = document.getElementById('node-details');
    if (!n) { out.textContent = 'no node matches'; return; }
    n.classList.add('found'); out.textContent = nodeText(n);
  }
  var search = document.getElementById('node-search');
  if (search) search.addEventListener('input', function () {
    var q = search.value.trim().toLowerCase(); if (!q) { select(null); document.getElementById('node-details').textContent = ''; return; }
    var keys = ['data-id', 'data-name', 'data-name-en'], exact = null, partial = null;
    nodes.forEach(function (n) { keys.forEach(function (k) { var v = (n.getAttribute(k) || '').toLowerCase(); if (v === q && !exact) exact = n; else if (v.indexOf(q) >= 0 && !partial) partial = n; }); });
    select(exact || partial);
  });
  document.querySelectorAll('tr[data-corridor]').forEach(function (row) {
    var id = row.getAttribute('data-corridor');
    row.addEventListener('mouseenter', function () { document.querySelectorAll('.corridor[data-corridor="' + CSS.escape(id) + '"]').forEach(function (p) { p.classList.add('highlight'); }); });
    row.addEventListener('mouseleave', function () { document.querySelectorAll('.corridor.highlight').forEach(function (p) { p.classList.remove('highlight'); }); });
  });
  function cellValue(td) { var v = td.getAttribute('data-value'); return v !== null ? v : td.textContent.trim(); }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      th.title = 'sort'; th.addEventListener('click', function () {
        var asc = !th.classList.contains('sorted-asc');
        heads.forEach(function (h) { h.classList.remove('sorted-asc', 'sorted-desc'); });
        th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a.cells[col]), y = cellValue(b.cells[col]), nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny) && String(nx) !== 'NaN') ? nx - ny : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    table.setAttribute('data-sortable-ready', '1');
  });
  function csvField(s) { return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  document.querySelectorAll('button.csv').forEach(function (button) {
    button.addEventListener('click', function () {
      var table = document.getElementById(button.getAttribute('data-table'));
      var lines = [Array.prototype.map.call(table.tHead.rows[0].cells, function (c) { return csvField(c.textContent.trim()); }).join(',')];
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) { lines.push(Array.prototype.map.call(r.cells, function (c) { return csvField(cellValue(c)); }).join(',')); });
      var url = URL.createObjectURL(new Blob(['\ufeff' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' }));
      var a = document.createElement('a'); a.href = url; a.download = button.getAttribute('data-table') + '.csv'; document.body.appendChild(a); a.click(); a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    });
  });
  window.addEventListener('beforeprint', function () { document.querySelectorAll('details').forEach(function (d) { d.open = true; }); });
  if (!errors.length && status) { status.setAttribute('data-errors', '0'); status.textContent = 'interactive: hover or click ties, search the network, sort tables'; }
  document.body.setAttribute('data-ready', '1');
})();
)js";
}

}  // namespace innonet::html
