#!/usr/bin/env bash
# The date-sensitive unit specs (art. 134 periods, single-extension caps, what the extension dialog shows), run once
# per fixed "today": the day the suite first failed on its date (2026-12-07), the last day of a 31-day month and of a
# year, a Friday, the eve of Tết, 29 February, and the last working day of a year whose calendar is unpublished.
# Usage: bash scripts/test-dates.sh [YYYY-MM-DD ...]
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

dates=("$@")
[ ${#dates[@]} -gt 0 ] || dates=(2026-12-07 2026-12-31 2027-01-29 2027-02-03 2028-02-29 2028-12-29 2029-12-31)
failed=0
for today in "${dates[@]}"; do
  echo "=== TEST_TODAY=$today"
  output=$(TEST_TODAY="$today" npx jest -c jest.dates.config.js --ci 2>&1)
  status=$?
  if [ $status -ne 0 ]; then
    echo "$output" | grep -v '^\s*at '
    failed=1
  fi
  echo "$output" | grep -E '^(Tests|Test Suites):'
done
exit $failed
