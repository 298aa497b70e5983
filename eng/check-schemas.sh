#!/usr/bin/env bash
# An independent JSON Schema validator (Ajv, strict draft 2020-12) must accept the shipped
# schemas, and the seed documents must conform to them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent ajv@8 ajv-formats@3 >/dev/null
cp "$root/eng/check-schemas.js" .
node check-schemas.js "$root"
echo "schemas: ok"
