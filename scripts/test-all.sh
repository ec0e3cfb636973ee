#!/usr/bin/env bash
# Runs every suite: lint, types, unit + integration (vitest, real SQLite), then the browser
# journeys and accessibility scans (Playwright in Debian's Chromium) against the
# production build. Installs Chromium from Debian when it is missing.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
	echo "Chromium is missing: installing it from Debian's packages."
	if [ "$(id -u)" -eq 0 ]; then
		apt-get update -qq && apt-get install -y -qq chromium >/dev/null
	else
		sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
	fi || { echo "Could not install Chromium"; exit 1; }
fi

if ! command -v java >/dev/null 2>&1; then
	echo "Java is missing (the Nu Html Checker needs it): installing it from Debian's packages."
	if [ "$(id -u)" -eq 0 ]; then
		apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null
	else
		sudo apt-get update -qq && sudo apt-get install -y -qq default-jre-headless >/dev/null
	fi || { echo "Could not install Java"; exit 1; }
fi

status=0
# Lint and types first: they are the quickest to fail, and a broken layer rule is worth seeing before the suites.
# Each failed check is written down so the closing line counts it as a failure, not only the exit code.
rm -f .cache/failed-checks
echo "== Lint (ESLint: layer rules, hooks, recommended JS and TypeScript rules)"
npm run --silent lint || { status=1; echo lint >>.cache/failed-checks; }

echo "== Type check"
./node_modules/.bin/tsc --noEmit || { status=1; echo typecheck >>.cache/failed-checks; }

echo "== Dependency audit (packages Atlas runs with)"
rm -f .cache/audit-status
bash scripts/audit-dependencies.sh || status=1

echo "== Unit and integration tests (vitest)"
./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile.json=.cache/vitest.json || status=1

echo "== Production build"
./node_modules/.bin/remix build || exit 1

echo "== Browser tests (Playwright, Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.cache/playwright.json \
	./node_modules/.bin/playwright test --reporter=list,json || status=1

node scripts/test-summary.mjs .cache/vitest.json .cache/playwright.json || status=1
exit $status
