#!/usr/bin/env python3
"""Writes the sample submissions of the example workspaces (examples/*/submissions/*.csv).

What each unit owes, and by when, is asked from the workspace itself (`baocao schedule --format
json`: the directive and its plugins). For each report the script invents, from a fixed seed, what
a province typically sees: most reports on time, some late by a few days, some missing, one sent
again with a correction; values plausible for their fields. All of it is SAMPLE DATA. The output is
deterministic: run it again (after `swift build`) and nothing changes.

    python3 scripts/generate-sample-submissions.py
"""
import csv
import io
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BAOCAO = ROOT / ".build" / "debug" / "baocao"

# Workspace → the window whose reports get submissions (one reporting cycle of its seed).
WINDOWS = {
    "tay-ninh": ("2023-10-01", "2023-11-30"),
    "ninh-binh": ("2023-06-01", "2023-06-30"),
    "cao-bang": ("2019-11-01", "2019-12-31"),
    "ben-tre": ("2022-06-01", "2022-06-30"),
}
SHARES = {"on_time": 0.72, "late": 0.14}  # the rest is missing
RATINGS = ["Tốt", "Tốt", "Tốt", "Khá", "Khá", "Trung bình"]


def schedule(workspace, start, end):
    out = subprocess.run([str(BAOCAO), "schedule", str(ROOT / "examples" / workspace), "--from", start, "--to", end,
                          "--format", "json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)["reports"]


def fields(workspace, directive, obligation):
    out = subprocess.run([str(BAOCAO), "check", str(ROOT / "examples" / workspace), "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    for item in json.loads(out)["directives"]:
        if item.get("number", item["id"]) == directive or item["id"] == directive:
            for report in item["obligations"]:
                if report["id"] == obligation:
                    return report.get("fields", [])
    return []


def value(field, rng, unit_kind, first_integer):
    kind = field["type"]
    if kind == "boolean":
        # Tây Ninh asks public agencies about Decree 04 and enterprises about Decree 145.
        if field["id"] == "thuc_hien_dan_chu" and unit_kind != "public-agency":
            return ""
        if field["id"] == "thuc_hien_nd145" and unit_kind != "enterprise":
            return ""
        return "có" if rng.random() < 0.8 else "không"
    if kind == "integer":
        # A form lists a total first and its parts after it: a part is at most the total.
        if first_integer is not None:
            return str(rng.randint(max(first_integer - 12, 0), first_integer))
        return str(rng.randint(20, 160))
    if kind == "number":
        return f"{rng.uniform(70, 98):.1f}"
    if kind == "rating":
        return rng.choice(RATINGS)
    return ""


def day_text(iso, offset_days, rng):
    y, m, d = map(int, iso.split("-"))
    import datetime
    day = datetime.date(y, m, d) + datetime.timedelta(days=offset_days)
    return f"{day.isoformat()} {rng.randint(7, 16):02d}:{rng.choice([0, 15, 30, 45]):02d}"


def main():
    if not BAOCAO.exists():
        sys.exit("build first: swift build")
    for workspace, (start, end) in WINDOWS.items():
        rng = random.Random(f"baocao-submissions-{workspace}")
        reports = [r for r in schedule(workspace, start, end) if r.get("deadline")]
        units = {}
        check = json.loads(subprocess.run([str(BAOCAO), "check", str(ROOT / "examples" / workspace), "--format", "json"],
                                          check=True, capture_output=True, text=True).stdout)
        for unit in check["organisation"]["units"]:
            units[unit["id"]] = unit
        # A directive is named by its number, as officials write it; by its id when it has none.
        names = {item["id"]: item.get("number") or item["id"] for item in check["directives"]}
        by_obligation = {}
        for report in reports:
            by_obligation.setdefault((names[report["directive"]], report["obligation"]), []).append(report)
        folder = ROOT / "examples" / workspace / "submissions"
        folder.mkdir(exist_ok=True)
        for old in folder.glob("*.csv"):
            old.unlink()
        resubmitted = None
        for (directive, obligation), items in sorted(by_obligation.items()):
            declared = fields(workspace, directive, obligation)
            header = ["directive", "obligation", "unit", "period", "received"] + [f["id"] for f in declared] + ["narrative"]
            rows = []
            for report in items:
                draw = rng.random()
                if draw >= SHARES["on_time"] + SHARES["late"]:
                    continue  # missing
                offset = -rng.randint(0, 9) if draw < SHARES["on_time"] else rng.randint(1, 8)
                kind = units.get(report["unit"], {}).get("kind")
                row = [directive, obligation, report["unit"], report["period"], day_text(report["deadline"], offset, rng)]
                first_integer = None
                for field in declared:
                    text = value(field, rng, kind, first_integer)
                    if field["type"] == "integer" and first_integer is None:
                        first_integer = int(text)
                    row.append(text)
                row.append("Báo cáo mẫu (dữ liệu minh họa).")
                rows.append(row)
                if resubmitted is None and offset <= 0:
                    resubmitted = (header, row, report["deadline"])
            name = f"{obligation}-{items[0]['period']}.csv"
            with open(folder / name, "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(header)
                writer.writerows(rows)
            print(f"examples/{workspace}/submissions/{name}: {len(rows)} of {len(items)} reports")
        if resubmitted:
            header, row, deadline = resubmitted
            again = list(row)
            again[4] = day_text(deadline, 2, rng)
            again[-1] = "Báo cáo bổ sung, thay báo cáo đã gửi (dữ liệu minh họa)."
            with open(folder / "resubmission.csv", "w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle, lineterminator="\n")
                writer.writerow(header)
                writer.writerow(again)
            print(f"examples/{workspace}/submissions/resubmission.csv: {row[2]} sends {row[1]} again")
        (folder / "README.md").write_text(
            "# Sample submissions (SAMPLE DATA)\n\n"
            "Invented by `scripts/generate-sample-submissions.py` from what the workspace's schedule expects\n"
            f"between {start} and {end}: most reports on time, some late, some missing, one sent again.\n"
            f"Store them with `baocao ingest examples/{workspace} examples/{workspace}/submissions/*.csv`.\n",
            encoding="utf-8")


if __name__ == "__main__":
    main()
