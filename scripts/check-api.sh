#!/usr/bin/env bash
# The portal's JSON API against its OpenAPI file (Documentation/openapi.yaml), by schemathesis
# (PyPI; installed when missing): a scratch copy of Tây Ninh's example with its sample
# submissions, served by `baocao serve` on a free loopback port with a token for ldld-ben-cau,
# then every check schemathesis has (server errors, status codes, content types, headers and
# bodies against the schemas, valid data accepted, invalid data refused, methods not allowed).
# Exits with schemathesis's code; prints how to replay a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
BAOCAO=${BAOCAO:-.build/debug/baocao}
EXAMPLES=${SCHEMATHESIS_EXAMPLES:-25}

if ! command -v st >/dev/null 2>&1 && ! python3 -c "import schemathesis" >/dev/null 2>&1; then
    echo "check-api: installing schemathesis with pip (to check the API against its OpenAPI file)"
    python3 -m pip install --quiet schemathesis >/dev/null 2>&1 \
        || python3 -m pip install --quiet --break-system-packages schemathesis >/dev/null 2>&1 \
        || { echo "check-api: pip could not install schemathesis; the API was NOT checked against Documentation/openapi.yaml" >&2; exit 0; }
fi
ST=(python3 -m schemathesis.cli)
command -v st >/dev/null 2>&1 && ST=(st)

scratch=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
mkdir -p "$scratch/examples"
cp -r plugins "$scratch/plugins"
cp -r examples/tay-ninh "$scratch/examples/tay-ninh"
rm -rf "$scratch/examples/tay-ninh/.baocao"
workspace="$scratch/examples/tay-ninh"
for file in "$workspace"/submissions/*.csv; do "$BAOCAO" ingest "$workspace" "$file" >/dev/null; done
token=$("$BAOCAO" token "$workspace" --unit ldld-ben-cau | grep -oE 'bc_[0-9a-f]+' | head -1)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Wrong tokens are what schemathesis sends most: the limits are raised so that it tests the
# uploads themselves, not the lockout (PortalDefenceTests does).
"$BAOCAO" serve "$workspace" --port "$port" --as-of 2023-11-02 --wrong-tokens 10000 --wrong-tokens-per-unit 10000 \
    >"$scratch/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/nonexistent" && break; sleep 0.1; done

# A period no directive asks for is answered 404 before any work: how long it takes, measured
# (a figure, not a test: this machine may be busy).
times=$(for _ in $(seq 1 20); do curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$port/api/status?period=3000"; done)
if echo "$times" | grep -qv '^404 '; then echo "check-api: GET /api/status?period=3000 did not answer 404 every time:"; echo "$times"; exit 1; fi
echo "$times" | awk '{ print $2 * 1000 }' | sort -n | awk '{ t[NR] = $1 } END { printf "== GET /api/status?period=3000: 404 to each of %d requests, median %.1f ms, slowest %.1f ms\n", NR, t[int((NR + 1) / 2)], t[NR] }'

echo "== schemathesis: Documentation/openapi.yaml against baocao serve on 127.0.0.1:$port ($EXAMPLES examples an operation)"
status=0
"${ST[@]}" --config-file scripts/schemathesis.toml run Documentation/openapi.yaml --url "http://127.0.0.1:$port" \
    --checks all --max-examples "$EXAMPLES" --workers 1 --seed 22 --no-color \
    -H "Authorization: Bearer $token" >"$scratch/st.log" 2>&1 || status=$?
grep -E "^(API Operations|  Selected|  Tested|Test cases|  [0-9]+ generated|=+ .* in [0-9.]+s =+)" "$scratch/st.log" || true
sed -n '/= WARNINGS =/,/= SUMMARY =/p' "$scratch/st.log" | grep -v "= SUMMARY =" || true
if [ "$status" -ne 0 ]; then
    cat "$scratch/st.log"
    echo "check-api: schemathesis found problems (above); the server's log:" >&2
    tail -20 "$scratch/serve.log" >&2
fi
exit "$status"
