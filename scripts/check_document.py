#!/usr/bin/env python3
"""Checks one consolidated report converted to PDF as the official who signs it would: A4, the
margins, Times New Roman, the header, the number, the date line and the signer, and the layout
Decree 30 (state) and Hướng dẫn 36-HD/VPTW (Party) set, measured on page 1: the motto's rule as
long as its line, the issuer's and the subject's a third to a half of theirs, no header name split
before its last word, the Party's own sizes, "Lưu: VT" and no "Như trên" without an addressee.

    check_document.py BASE MOTTO NUMBER DATELINE SIGNER

BASE is the path without extension of BASE.pdf, BASE.txt (pdftotext) and BASE.bbox.html
(pdftotext -bbox -f 1 -l 1). Prints one line, then each problem; exits 1 on a problem.
"""
import re, subprocess, sys
base, motto, number, dateline, signer = sys.argv[1:6]
problems = []
info = subprocess.run(["pdfinfo", base + ".pdf"], capture_output=True, text=True).stdout
size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
pages = re.search(r"Pages:\s+(\d+)", info).group(1)
width, height = float(size.group(1)), float(size.group(2))
if abs(width - 595.3) > 1 or abs(height - 841.9) > 1:
    problems.append(f"page is {width} x {height} pt, not A4 portrait")
text = re.sub(r"[ \t]+", " ", open(base + ".txt", encoding="utf-8").read())
flat = text.replace("\n", " ")
if motto not in text:
    problems.append(f"'{motto}' is not on one line")
for label, wanted in [("header", motto), ("date line", dateline), ("signer", signer)]:
    if wanted not in flat:
        problems.append(f"the text has no {label} '{wanted}'")
prefix, code = number.split("|")
if not re.search(re.escape(prefix) + r"\s.{0,300}?" + re.escape(code), flat):
    problems.append(f"the text has no number like '{number}'")
mm = 72 / 25.4
words = [tuple(float(v) for v in m) for m in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', open(base + ".bbox.html", encoding="utf-8").read())]
left = min(w[0] for w in words) / mm; top = min(w[1] for w in words) / mm
right = (width - max(w[2] for w in words)) / mm; bottom = (height - max(w[3] for w in words)) / mm
if left < 29.5: problems.append(f"text starts {left:.1f} mm from the left edge; the margin is 30 mm")
if top < 19.5: problems.append(f"text starts {top:.1f} mm from the top; the margin is 20 mm")
if right < 14.5: problems.append(f"text ends {right:.1f} mm from the right edge; the margin is 15 mm")
if bottom < 19.5: problems.append(f"text ends {bottom:.1f} mm from the bottom; the margin is 20 mm")
fonts = subprocess.run(["pdffonts", base + ".pdf"], capture_output=True, text=True).stdout
serif = [line.split()[0] for line in fonts.splitlines()[2:] if line.strip()]
if not serif or not all(re.search(r"TimesNewRoman|Times-|LiberationSerif|Tinos", f) for f in serif):
    problems.append(f"fonts are {serif}, not Times New Roman")
# The layout Decree 30 (state) and Hướng dẫn 36-HD/VPTW (Party) set, measured on page 1.
try:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine, LTChar, LTLine, LTRect, LTCurve
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "pdfminer.six"], capture_output=True)
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine, LTChar, LTLine, LTRect, LTCurve
party = motto == "ĐẢNG CỘNG SẢN VIỆT NAM"
page = next(iter(extract_pages(base + ".pdf", maxpages=1)))
lines, rules = [], []
def walk(element):
    for child in element:
        if isinstance(child, LTTextLine):
            chars = [c for c in child if isinstance(c, LTChar)]
            if chars: lines.append((child.get_text().strip(), child.x0, child.x1, child.y0, child.y1, max(c.size for c in chars)))
        elif isinstance(child, LTTextContainer):
            walk(child)
        elif isinstance(child, (LTLine, LTRect, LTCurve)) and child.height < 2 and child.width > 10:
            rules.append((child.x0, child.x1, child.y0))
walk(page)
def line_with(text):
    return next((l for l in lines if text in l[0].replace("\u00a0", " ")), None)
def rule_under(line):
    # The rule nearest below a line of text, within 12 pt, overlapping it across.
    below = [r for r in rules if line[3] - 12 <= r[2] <= line[3] + 1 and r[0] < line[2] and r[1] > line[1]]
    return max(below, key=lambda r: r[2]) if below else None
top_lines = sorted([l for l in lines if l[4] > height - 200], key=lambda l: -l[4])
if party:
    for label, text, low, high in [("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", 14.6, 15.5), ("the number", "Số", 13.6, 14.5),
                                   ("the document's type", "BÁO CÁO", 14.6, 16.5)]:
        found = line_with(text)
        if found is None: problems.append(f"no line '{text}' on page 1")
        elif not low <= found[5] <= high: problems.append(f"{label} is {found[5]:.1f} pt; Hướng dẫn 36 asks {low:.0f}–{high:.0f} pt")
else:
    second = line_with("Độc lập - Tự do - Hạnh phúc")
    rule = second and rule_under(second)
    if rule is None: problems.append("no rule under 'Độc lập - Tự do - Hạnh phúc'")
    else:
        text_mm, rule_mm = (second[2] - second[1]) / mm, (rule[1] - rule[0]) / mm
        if abs(rule_mm - text_mm) > 1.0: problems.append(f"the motto's rule is {rule_mm:.1f} mm under {text_mm:.1f} mm of text; it should be as long as the line")
    title = line_with("BÁO CÁO")
    subject = next((l for l in sorted(lines, key=lambda l: -l[4]) if title and l[4] < title[3] and l[4] > title[3] - 40), None)
    if subject:
        # The subject may take several lines: the rule is under the last, measured against the first.
        last = subject
        for l in sorted(lines, key=lambda l: -l[4]):
            if l[4] < last[3] and l[4] >= last[3] - 6: last = l
        rule = rule_under(last)
        if rule is None: problems.append("no rule under the subject")
        else:
            share = (rule[1] - rule[0]) / (subject[2] - subject[1])
            if not 0.30 <= share <= 0.53: problems.append(f"the subject's rule is {share:.0%} of its line; Decree 30 asks 1/3 to 1/2")
    # Under the issuer's name, a rule a third to a half of its longest line.
    issuer = [l for l in top_lines if l[2] < width * 0.5 and l[4] > height - 200 and not l[0].startswith("Số")]
    if issuer:
        rule = rule_under(min(issuer, key=lambda l: l[3]))
        longest = max(l[2] - l[1] for l in issuer[-2:]) if len(issuer) > 1 else issuer[0][2] - issuer[0][1]
        if rule is None: problems.append("no rule under the issuer's name")
        elif not 0.30 <= (rule[1] - rule[0]) / longest <= 0.53:
            problems.append(f"the issuer's rule is {(rule[1] - rule[0]) / longest:.0%} of its line; Decree 30 asks 1/3 to 1/2")
    if "Lưu: VT" not in flat: problems.append("a state document's archive line reads 'Lưu: VT, …'")
# Header names never end a line before their last word ("TỈNH BẾN" / "TRE").
left_header = [l for l in top_lines if l[2] < width * 0.5 and l[0] and l[0] != "*" and not l[0].startswith("Số")]
for line in left_header:
    if len(line[0].replace("\u00a0", " ").split()) == 1 and line[0].isupper():
        problems.append(f"the header's line '{line[0]}' is one word alone: a name split before its last word")
if re.search(r"Như (trên|kính gửi)", flat): problems.append("'Như trên' with no 'Kính gửi' in a report")
name = base.rsplit("/", 1)[-1]
print(f"{'FAIL' if problems else 'ok  '}  {name}: A4 {pages} page(s); text from {left:.0f} mm left, {top:.0f} mm top, "
      f"{right:.0f} mm right; fonts {', '.join(sorted(set(f.split('+')[-1] for f in serif)))}")
for problem in problems: print("      " + problem)
sys.exit(1 if problems else 0)
