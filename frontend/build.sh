#!/usr/bin/env bash
# Refreshes the front-end files committed under static/ (see static/VENDORED.md). Needs npm.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --ignore-scripts
S=../static
mkdir -p "$S/css" "$S/vendor/govuk" "$S/vendor/htmx" "$S/vendor/axe"
npx sass --no-source-map --style=compressed --quiet-deps --silence-deprecation=import src/app.scss "$S/css/app.css"
# GOV.UK Frontend's ES module, with initAll run on load and exposed for htmx swaps; no source map.
{ sed -e 's|//# sourceMappingURL=.*$||' node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js
  echo 'window.GOVUKFrontend={initAll,createAll,CharacterCount,ErrorSummary};initAll();'
} > "$S/vendor/govuk/govuk-frontend.js"
grep -A3 -i "^## Licence" node_modules/govuk-frontend/README.md > "$S/vendor/govuk/LICENCE.md" || true
cp node_modules/htmx.org/dist/htmx.min.js "$S/vendor/htmx/htmx.min.js"
cp node_modules/htmx.org/LICENSE "$S/vendor/htmx/LICENSE"
cp node_modules/axe-core/axe.min.js "$S/vendor/axe/axe.min.js"
cp node_modules/axe-core/LICENSE "$S/vendor/axe/LICENSE"
echo "static/ refreshed"
