#!/usr/bin/env bash
# Asks the registry's advisory database about the packages Atlas runs with (not the dev tools).
# Fails on a high or critical advisory. Where the advisory service cannot be reached, it says the
# audit was NOT run, and the summary line of `npm test` says so too, rather than counting it passed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .cache
# The outcome, for the closing summary of `npm test`: passed, failed or not-run.
record() { echo "$1" > .cache/audit-status; }
output=$(timeout 120 npm audit --omit=dev --audit-level=high 2>&1)
status=$?
[ $status -eq 124 ] && output="npm error ETIMEDOUT: no answer within two minutes"
if [ $status -eq 0 ]; then
	echo "$output" | tail -3
	echo "Dependency audit: no high or critical advisory."
	record passed
	exit 0
fi
if echo "$output" | grep -qiE 'audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|405 Method Not Allowed'; then
	echo "Dependency audit: NOT RUN. The advisory service could not be reached from here:"
	echo "$output" | grep -iE 'npm (warn|error)' | head -2 | sed -E 's#https?://[^ ]+#(the registry)#g'
	record not-run
	exit 0
fi
echo "$output"
echo "Dependency audit: high or critical advisories above."
record failed
exit 1
