#!/usr/bin/env bash
# Renders the seeds' report the way a person sees it: `rubric report` writes the page, headless
# Chromium (installed from the system's packages, with the CJK fonts, when missing) draws it to a
# PNG and prints it to an A4 PDF. Fails when the page does not render: no PNG, a blank one, no PDF.
# The xlsx and json formats are written too and must not be empty.
#
#   eng/check-report.sh            check only (the PNG goes to a temporary folder)
#   eng/check-report.sh --update   also copy the PNG to docs/images/report-seeds.png (the README's screenshot)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ "${#missing[@]}" -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cd "$root"
dotnet build samples/Rubric.Cli -c Release --nologo -v quiet >/dev/null
rubric=(dotnet samples/Rubric.Cli/bin/Release/net10.0/rubric.dll)
args=(report seeds/panlong.rubric.json seeds/assessments --roster seeds/roster.json --plan seeds/panlong.plan.json)
"${rubric[@]}" "${args[@]}" --out "$out/report.html" 2>/dev/null
"${rubric[@]}" "${args[@]}" --format xlsx --out "$out/report.xlsx" 2>/dev/null
"${rubric[@]}" "${args[@]}" --format json --out "$out/report.json" 2>/dev/null
test "$(head -c 2 "$out/report.xlsx")" = "PK"
grep -q '"costliestItems"' "$out/report.json"
# Self-contained: nothing fetched, nothing run.
if grep -Eiq '<script|<link|<img|<iframe|(src|href)="[a-z]+:' "$out/report.html"; then
  echo "report.html refers to something outside itself"; exit 1
fi

# The flags that keep Chromium off this machine's closed network and out of the sandbox it cannot have as root.
chrome=(chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$out/profile")
timeout 120 "${chrome[@]}" --window-size=1000,2400 --screenshot="$out/report.png" "file://$out/report.html" >/dev/null 2>&1
timeout 120 "${chrome[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "file://$out/report.html" >/dev/null 2>&1

python3 - "$out/report.png" "$out/report.pdf" <<'PY'
import struct, sys, zlib
png, pdf = sys.argv[1], sys.argv[2]
data = open(png, 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
width, height, depth, kind = struct.unpack('>IIBB', data[16:26])
idat, pos = b'', 8
while pos < len(data):
    length, tag = struct.unpack('>I4s', data[pos:pos + 8])
    if tag == b'IDAT':
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
pixels = zlib.decompress(idat)
stride = len(pixels) // height
# A blank page is one colour: every row after its filter byte is the same few byte values.
# A rendered report has text and charts: many rows differ from the background.
rows = [pixels[r * stride + 1:(r + 1) * stride] for r in range(height)]
inked = sum(1 for row in rows if len(set(row)) > 4)
print(f'report.png: {width}x{height}, {inked} rows with ink')
assert width >= 900 and height >= 2000, 'screenshot too small'
assert inked > height // 4, 'the page looks blank'
doc = open(pdf, 'rb').read()
assert doc[:5] == b'%PDF-', 'no PDF'
pages = doc.count(b'/Type /Page') - doc.count(b'/Type /Pages')
print(f'report.pdf: {len(doc)} bytes, {pages} A4 page(s)')
assert '/MediaBox [0 0 595' in doc.decode('latin-1') or pages >= 1, 'no A4 page'
PY

if [ "${1:-}" = "--update" ]; then
  mkdir -p docs/images
  cp "$out/report.png" docs/images/report-seeds.png
  echo "updated docs/images/report-seeds.png"
fi
echo "report renders: ok"
