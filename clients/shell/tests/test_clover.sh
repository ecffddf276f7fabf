#!/usr/bin/env bash
# Tests of clients/shell/clover against the real binary ($CLOVER_CRM_BINARY). Prints "N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
clover="$here/../clover"
export CLOVER_CRM_ARGS="--in-memory --now 2026-11-22T09:00:00Z"
passed=0
failed=0
check() {  # NAME EXPECTED ACTUAL
    if [[ "$2" == "$3" ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAIL $1: expected [$2], got [$3]" >&2; fi
}

# One-shot calls.
out=$("$clover" call session.configure '{"locale":"ko"}'); status=$?
check "one-shot result" '{"locale":"ko"}' "$out"
check "one-shot status" 0 "$status"
"$clover" call glossary.get '{"id":"nope"}' >/dev/null 2>/tmp/clover-shell-err.$$; status=$?
check "one-shot not_found exit code" 4 "$status"
grep -q '"kind": *"not_found"' /tmp/clover-shell-err.$$; check "one-shot error on stderr" 0 $?
rm -f /tmp/clover-shell-err.$$
"$clover" call bogus.method >/dev/null 2>&1; check "one-shot unknown method" 2 $?
"$clover" >/dev/null 2>&1; check "usage" 64 $?

# A scripted session: one server, many calls.
# shellcheck source=../clover
source "$clover"
clover_start --in-memory --now 2026-11-22T09:00:00Z
pid=$CLOVER_SERVER_PID
for locale in ko en ko; do
    out=$(clover_call session.configure "{\"locale\":\"$locale\"}")
    check "session call $locale" "{\"locale\":\"$locale\"}" "$out"
done
# Calls in a subshell ($(...)) reuse the id of the next call; harmless, as each call waits for its answer.
clover_call server.info >/tmp/clover-shell-info.$$; status=$?
check "session status" 0 "$status"
check "same server for every call" "$pid" "$CLOVER_SERVER_PID"
grep -q '"locale":"ko"' /tmp/clover-shell-info.$$; check "state kept between calls" 0 $?
rm -f /tmp/clover-shell-info.$$
clover_call glossary.get '{"id":"nope"}' >/dev/null 2>&1; check "session not_found" 4 $?
clover_call session.configure '{"locale":"fr"}' >/dev/null 2>&1; check "session invalid params" 2 $?
clover_notify session.configure '{"locale":"en"}'
clover_call server.info >/tmp/clover-shell-info.$$
grep -q '"locale":"en"' /tmp/clover-shell-info.$$; check "notification applied, no answer read" 0 $?
rm -f /tmp/clover-shell-info.$$
clover_call 'bad"name' >/dev/null 2>&1; check "method names are checked" 64 $?
out=$(clover_call session.configure '{"locale":"ko"}' | cat); check "a call inside a pipeline" '{"locale":"ko"}' "$out"
clover_stop; check "clean stop" 0 $?

echo "shell: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
