#!/usr/bin/env bash
# Builds the npm package in bindings-wasm/pkg: the .wasm (size-optimised, then wasm-opt -Oz),
# wasm-bindgen glue for the web (ES module) and for Node, the thin JS API, and TypeScript
# types generated from the JSON Schemas.
set -euo pipefail
cd "$(dirname "$0")/.."
HERE=$PWD
ROOT=$(cd .. && pwd)
PKG=$HERE/pkg
WASM=$ROOT/target/wasm32-unknown-unknown/wasm-release/digipolicy_wasm.wasm

# The documents module: the same crate with the `documents` feature, in its own target
# directory so that both builds stay cached.
DOCS_TARGET=$ROOT/target/wasm-documents
DOCS_WASM=$DOCS_TARGET/wasm32-unknown-unknown/wasm-documents/digipolicy_wasm.wasm

cargo build -q --locked --profile wasm-release --target wasm32-unknown-unknown -p digipolicy-wasm
cargo build -q --locked --profile wasm-documents --target wasm32-unknown-unknown -p digipolicy-wasm --features documents --target-dir "$DOCS_TARGET"
rm -rf "$PKG"
mkdir -p "$PKG/web" "$PKG/node"
wasm-bindgen --target web --out-dir "$PKG/web" "$WASM"
wasm-bindgen --target nodejs --out-dir "$PKG/node" "$WASM"
wasm-bindgen --target web --out-dir "$PKG/web" --out-name digipolicy_documents "$DOCS_WASM"
wasm-bindgen --target nodejs --out-dir "$PKG/node" --out-name digipolicy_documents "$DOCS_WASM"
echo '{ "type": "commonjs" }' > "$PKG/node/package.json"

# wasm-opt from npm's binaryen (Debian's produces broken modules from this compiler's output).
# Two -Oz rounds run to a fixed point around flatten/rereloop: 1.2 KB gz smaller than one -Oz
# at the same speed (BENCHMARKS.md), for ~30 s more build time.
FEATURES="--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"
"$HERE/node_modules/.bin/wasm-opt" -Oz --converge --flatten --rereloop -Oz --converge --strip-debug --strip-producers $FEATURES "$PKG/web/digipolicy_wasm_bg.wasm" -o "$PKG/web/digipolicy_wasm_bg.wasm"
cp "$PKG/web/digipolicy_wasm_bg.wasm" "$PKG/node/digipolicy_wasm_bg.wasm"
# The documents module loads on demand (printing a memo): one -Oz pass is enough.
"$HERE/node_modules/.bin/wasm-opt" -Oz --strip-debug --strip-producers $FEATURES "$PKG/web/digipolicy_documents_bg.wasm" -o "$PKG/web/digipolicy_documents_bg.wasm"
cp "$PKG/web/digipolicy_documents_bg.wasm" "$PKG/node/digipolicy_documents_bg.wasm"

cp js/api.js js/web.js js/node.js js/index.d.ts "$PKG/"
cp README.npm.md "$PKG/README.md"
cp "$ROOT/LICENSE-MIT" "$ROOT/LICENSE-APACHE" "$PKG/"
node scripts/gen-types.mjs
node scripts/gen-schemas.mjs
node scripts/gen-examples.mjs
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml" | head -n 1)
cat > "$PKG/package.json" <<JSON
{
  "name": "digipolicy",
  "version": "$VERSION",
  "description": "Explainable decisions under Stockholm County Council's 2016 policy for innovation and digitalisation (WASM)",
  "license": "MIT OR Apache-2.0",
  "keywords": ["policy", "decision", "procurement", "public-sector", "sweden", "wasm", "explainable"],
  "type": "module",
  "types": "./index.d.ts",
  "exports": {
    ".": {
      "types": "./index.d.ts",
      "node": "./node.js",
      "default": "./web.js"
    },
    "./package.json": "./package.json"
  },
  "files": ["api.js", "web.js", "node.js", "schemas.js", "index.d.ts", "types/", "web/", "node/", "README.md", "LICENSE-MIT", "LICENSE-APACHE"],
  "sideEffects": ["./web.js"]
}
JSON
