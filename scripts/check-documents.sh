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
  "cao-bang|2019-11|2019-12-10|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Số:|/BC-LĐLĐ|Cao Bằng, ngày 10 tháng 12 năm 2019|Phạm Đức Khôi"
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
  if python3 scripts/check_document.py "$OUT/$name" "$motto" "$number" "$dateline" "$signer"
  then :; else failures=$((failures + 1)); fi
done
echo "first pages: $OUT/*-page-1.png"

# The checks must fail on the defects they guard against: each is brought back into a copy of a
# rendered DOCX, which must then be refused with the problem named.
mutations=(
  "tay-ninh|the motto's rule|motto-rule"
  "tay-ninh|the subject's rule|subject-rule"
  "tay-ninh|the issuer's rule|issuer-rule"
  "tay-ninh|Lưu: VT|archive"
  "ben-tre|one word alone|split-name"
  "ben-tre|ĐẢNG CỘNG SẢN VIỆT NAM is|party-motto-size"
)
for mutation in "${mutations[@]}"; do
  IFS='|' read -r name expected kind <<<"$mutation"
  for case in "${cases[@]}"; do
    IFS='|' read -r cname _ _ motto prefix code dateline signer <<<"$case"
    [ "$cname" = "$name" ] && break
  done
  bad="$OUT/defect-$kind"
  python3 - "$OUT/$name.docx" "$bad.docx" "$kind" <<'PY'
import re, sys, zipfile
source, target, kind = sys.argv[1:4]
with zipfile.ZipFile(source) as z:
    parts = {n: z.read(n) for n in z.namelist()}
xml = parts["word/document.xml"].decode()
rules = list(re.finditer(r'<w:pBdr><w:top w:val="single"[^>]*/></w:pBdr>(.*?)<w:ind w:left="(\d+)" w:right="(\d+)"/>', xml))
def widen_indent(match, twips):
    left, right = int(match.group(2)) + twips, int(match.group(3)) + twips
    return xml[:match.start(2)] + str(left) + '" w:right="' + str(right) + xml[match.end(3):]
if kind == "issuer-rule": xml = widen_indent(rules[0], 400)     # the issuer's rule 14 mm shorter
if kind == "motto-rule": xml = widen_indent(rules[1], 170)      # the motto's rule 6 mm short of its line
if kind == "subject-rule": xml = widen_indent(rules[2], 900)    # the subject's rule a fifth of its line
if kind == "archive": xml = xml.replace("Lưu: VT", "Lưu: VP", 1)
if kind == "split-name": xml = xml.replace("\u00a0", " ")
if kind == "party-motto-size": xml = re.sub(r'(<w:sz w:val=")30("/>(?:<w:szCs w:val="30"/>)?(?:<w:u w:val="single"/>)?</w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG SẢN)', r'\g<1>28\g<2>', xml)
parts["word/document.xml"] = xml.encode()
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for n, data in parts.items(): z.writestr(n, data)
PY
  soffice --headless --convert-to pdf --outdir "$OUT" "$bad.docx" >/dev/null 2>&1
  pdftotext -bbox -f 1 -l 1 "$bad.pdf" "$bad.bbox.html"; pdftotext "$bad.pdf" "$bad.txt"
  said=$(python3 scripts/check_document.py "$bad" "$motto" "$prefix|$code" "$dateline" "$signer" || true)
  if grep -q "$expected" <<<"$said"; then echo "ok    defect brought back ($kind), caught: $(grep -m1 "$expected" <<<"$said" | sed 's/^ *//')"
  else echo "FAIL  a $kind defect brought back into $name is not caught (expected '$expected'): $said"; failures=$((failures + 1)); fi
done

[ "$failures" -eq 0 ] && echo "all 4 examples: LibreOffice reads each DOCX as an official A4 document; every layout defect brought back is caught" || { echo "$failures check(s) failed"; exit 1; }
