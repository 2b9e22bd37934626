#!/usr/bin/env bash
# Renders the consolidated report of each example workspace as DOCX, converts it with LibreOffice
# the way an office would open it, and checks the PDF: A4 pages; the layout's header, the number,
# the date line and the signer in the text; the margins of Decree 30 (top and bottom 20 mm, left
# 30 mm, right 15 mm) from where the text sits; Times New Roman (or its metric twin Liberation
# Serif). The first page of each is saved as a PNG to look at.
#
#   scripts/check-documents.sh [OUT]      (default OUT: out/check-documents)
#
# Installs LibreOffice Writer and poppler-utils with apt-get when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-out/check-documents}
BAOCAO=.build/debug/baocao

need=()
# Writer itself, not only the soffice command (which LibreOffice Calc alone also installs, and
# which then cannot open a DOCX), and the fonts metric-compatible with Times New Roman.
if command -v dpkg >/dev/null; then
  dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || dpkg -s libreoffice-writer >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
  # Liberation 2 (fonts-liberation2): the first Liberation fonts lack many Vietnamese letters.
  dpkg -s fonts-liberation2 >/dev/null 2>&1 || need+=(fonts-liberation2)
else
  command -v soffice >/dev/null || need+=(libreoffice-writer-nogui fonts-liberation2)
fi
command -v pdftoppm >/dev/null || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]} (apt-get)…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
[ -x "$BAOCAO" ] || swift build --product baocao >/dev/null

rm -rf "$OUT" && mkdir -p "$OUT/examples"
cp -r plugins "$OUT/plugins"

# name, period, as-of, the motto line, "Số:" or "Số" and the code after the blank serial, the date line, the signer
cases=(
  "tay-ninh|2023|2023-11-02|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Số:|/BC-LĐLĐ|Tây Ninh, ngày 02 tháng 11 năm 2023|Dương Đại Lộc"
  "ninh-binh|2023-H1|2023-06-30|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Số:|/BC-LĐLĐ|Ninh Bình, ngày 30 tháng 6 năm 2023|Trần Kim Long"
  "cao-bang|2019-11|2019-12-10|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Số:|/BC|Cao Bằng, ngày 10 tháng 12 năm 2019|Phạm Đức Khôi"
  "ben-tre|2022-H1|2022-07-10|ĐẢNG CỘNG SẢN VIỆT NAM|Số|-BC/ĐUK|Bến Tre, ngày 10 tháng 7 năm 2022|Phạm Hữu Dự"
)

failures=0
for case in "${cases[@]}"; do
  IFS='|' read -r name period asof motto prefix code dateline signer <<<"$case"
  number="$prefix|$code"
  cp -r "examples/$name" "$OUT/examples/$name"
  rm -rf "$OUT/examples/$name/.baocao"
  $BAOCAO ingest "$OUT/examples/$name" "$OUT/examples/$name"/submissions/*.csv >/dev/null
  docx="$OUT/$name.docx"
  $BAOCAO render "$OUT/examples/$name" --period "$period" --as-of "$asof" --output "$docx" >/dev/null
  if ! soffice --headless --convert-to pdf --outdir "$OUT" "$docx" >"$OUT/$name.soffice.log" 2>&1 || [ ! -s "$OUT/$name.pdf" ]; then
    echo "FAIL  $name: LibreOffice did not convert $docx (see $OUT/$name.soffice.log)"; failures=$((failures + 1)); continue
  fi
  pdftoppm -png -r 80 -f 1 -l 1 "$OUT/$name.pdf" "$OUT/$name-page"
  pdftotext -bbox -f 1 -l 1 "$OUT/$name.pdf" "$OUT/$name.bbox.html"
  pdftotext "$OUT/$name.pdf" "$OUT/$name.txt"
  if python3 - "$OUT/$name" "$motto" "$number" "$dateline" "$signer" <<'PY'
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
name = base.rsplit("/", 1)[-1]
print(f"{'FAIL' if problems else 'ok  '}  {name}: A4 {pages} page(s); text from {left:.0f} mm left, {top:.0f} mm top, "
      f"{right:.0f} mm right; fonts {', '.join(sorted(set(f.split('+')[-1] for f in serif)))}")
for problem in problems: print("      " + problem)
sys.exit(1 if problems else 0)
PY
  then :; else failures=$((failures + 1)); fi
done
echo "first pages: $OUT/*-page-1.png"
[ "$failures" -eq 0 ] && echo "all 4 examples: LibreOffice reads each DOCX as an official A4 document" || { echo "$failures example(s) failed"; exit 1; }
