#!/usr/bin/python3
"""What a planner opens in a spreadsheet, read back as a spreadsheet reads it (issue 17). Run by
CTest as  /usr/bin/python3 tests/tools/spreadsheet_check.py BUILD/innonet ; exit 77 (skipped)
with a message when python3-openpyxl is missing.

1. `innonet corridors --format xlsx --output c.xlsx` opens in openpyxl: a sheet "corridors" and
   a last sheet "notes"; the header row bold and frozen; every number of the JSON report stored
   as a number (int/float, not text) and every text equal (Chinese intact); columns widened.
2. `innonet corridors --format csv --excel` starts with the UTF-8 byte-order mark, reads back
   (csv module) to the same cells, and no cell starts with = + - @ unless it is a number.
3. `--format csv --output-dir DIR` on a command with several tables writes one file per table.
4. `rank --format xlsx` (another command) works the same way."""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

try:
    import openpyxl
except ImportError:
    print("SKIPPED: python3-openpyxl is not installed (apt-get install python3-openpyxl)")
    sys.exit(77)

FAILURES = []


def check(condition, what):
    if not condition:
        FAILURES.append(what)


def run(innonet, *args):
    return subprocess.run([innonet, "--quiet", *args], check=True, capture_output=True).stdout


def check_workbook(innonet, tmp, command):
    path = os.path.join(tmp, command + ".xlsx")
    run(innonet, "--format", "xlsx", "--output", path, command)
    report = json.loads(run(innonet, "--format", "json", command))
    book = openpyxl.load_workbook(path)
    tables = [k for k in report if not k.endswith("_notes")]
    check(book.sheetnames[:len(tables)] == tables, f"{command}: sheets {book.sheetnames}")
    if any(k.endswith("_notes") for k in report):
        check(book.sheetnames[-1] == "notes", f"{command}: notes sheet last")
    numbers = 0
    for name in tables:
        sheet = book[name]
        rows = list(sheet.iter_rows(values_only=True))
        columns = list(report[name][0].keys()) if report[name] else []
        check(list(rows[0]) == columns, f"{command}/{name}: header {rows[0]}")
        check(sheet.freeze_panes == "A2", f"{command}/{name}: frozen at {sheet.freeze_panes}")
        check(all(c.font.b for c in sheet[1]), f"{command}/{name}: header not bold")
        check(sheet.column_dimensions["A"].width > 0, f"{command}/{name}: no column width")
        for row, record in zip(rows[1:], report[name]):
            for cell, (key, value) in zip(row, record.items()):
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    numbers += 1
                    check(isinstance(cell, (int, float)) and abs(cell - value) <= 1e-12 * max(1, abs(value)),
                          f"{command}/{name}/{key}: {cell!r} != {value!r}")
                elif value is None:
                    check(cell is None, f"{command}/{name}/{key}: {cell!r} for null")
                else:
                    check(cell == value, f"{command}/{name}/{key}: {cell!r} != {value!r}")
    check(numbers > 0, f"{command}: no numeric cells checked")
    return report


def check_csv(innonet, report):
    raw = run(innonet, "--format", "csv", "--excel", "corridors")
    check(raw.startswith(b"\xef\xbb\xbf"), "csv --excel: no byte-order mark")
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8"))))
    check(len(rows) == len(report["corridors"]) + 1, "csv: row count")
    for row in rows:
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@"):
                try:
                    float(cell)
                except ValueError:
                    FAILURES.append(f"csv: formula-like cell {cell!r}")
    check(rows[1][2] == report["corridors"][0]["name"], "csv: Chinese name")


def check_output_dir(innonet, tmp):
    out = os.path.join(tmp, "tables")
    run(innonet, "--format", "csv", "--excel", "--output-dir", out, "report")
    report = json.loads(run(innonet, "--format", "json", "report"))
    tables = [k for k in report if not k.endswith("_notes")]
    check(len(tables) > 1, "report: expected several tables")
    for name in tables:
        path = os.path.join(out, name + ".csv")
        check(os.path.exists(path), f"output-dir: {path} missing")


def check_extension_chooses_format(innonet, tmp):
    # --output 结果.xlsx with no --format writes a workbook, not text named .xlsx.
    path = os.path.join(tmp, "结果.xlsx")
    run(innonet, "--output", path, "corridors")
    report = json.loads(run(innonet, "--format", "json", "corridors"))
    book = openpyxl.load_workbook(path)
    rows = list(book["corridors"].iter_rows(values_only=True))
    check(len(rows) == len(report["corridors"]) + 1, f"inferred xlsx: {len(rows)} rows")
    check(rows[1][list(report["corridors"][0].keys()).index("name")] == report["corridors"][0]["name"],
          "inferred xlsx: first corridor's name")
    csv_path = os.path.join(tmp, "c.csv")
    run(innonet, "--output", csv_path, "corridors")
    with open(csv_path, encoding="utf-8") as f:
        check(next(csv.reader(f)) == list(report["corridors"][0].keys()), "inferred csv: header")
    # An explicit text format into an .xlsx name is refused (exit 2), and nothing is written.
    bad = os.path.join(tmp, "bad.xlsx")
    r = subprocess.run([innonet, "--format", "table", "--output", bad, "corridors"],
                       capture_output=True)
    check(r.returncode == 2 and b"use --format xlsx" in r.stderr, f"table into .xlsx: {r}")
    check(not os.path.exists(bad), "table into .xlsx: a file was written")


def main():
    innonet = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        report = check_workbook(innonet, tmp, "corridors")
        check_workbook(innonet, tmp, "rank")
        check_csv(innonet, report)
        check_output_dir(innonet, tmp)
        check_extension_chooses_format(innonet, tmp)
    for failure in FAILURES[:30]:
        print("FAIL:", failure)
    print(f"{len(FAILURES)} failures")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
