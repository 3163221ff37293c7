#!/bin/sh
# tests/cli/run_all.sh — the smesim command from the outside: every bad input
# gives one line on standard error naming the place and the problem, a
# non-zero exit and no half-written output; a replayed trace reports the
# cycles of the live run; the built-in default writes its picture.
# usage: tests/cli/run_all.sh SMESIM [SMESIM_ASAN]   (the second runs the bad
# inputs again under AddressSanitizer/UBSan)
set -u
abs() { case $1 in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac; }
SMESIM=$(abs "$1")
ASAN=${2:-}
[ -n "$ASAN" ] && ASAN=$(abs "$ASAN")
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0
failed=0

ok() { pass=$((pass + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# expect_error NAME WANT CMD...: non-zero exit, exactly one line on stderr
# containing WANT, nothing on stdout
expect_error() {
    name=$1 want=$2
    shift 2
    "$@" >"$T/out" 2>"$T/err"
    rc=$?
    lines=$(wc -l <"$T/err")
    if [ $rc -eq 0 ]; then bad "$name: exit status 0"; return; fi
    if [ "$lines" -ne 1 ]; then bad "$name: $lines lines on stderr:"; cat "$T/err"; return; fi
    if ! grep -qF -- "$want" "$T/err"; then bad "$name: stderr lacks '$want':"; cat "$T/err"; return; fi
    if [ -s "$T/out" ]; then bad "$name: wrote to stdout"; return; fi
    ok
}

# ---------------------------------------------------------------- inputs
printf '    .text\n    fmopx za0.s, p0/m, p1/m, z0.s, z1.s\n' >"$T/mnemonic.s"
printf '_start:\n    add x0, x1, #99999\n' >"$T/operand.s"
printf '_start:\n    b nowhere\n' >"$T/label.s"
printf '    .text\n    .global _start\n_start:\n    mov x1, #16\n    ldr x0, [x1]\n' >"$T/fault.s"
printf '_start:\n    fmopa za0.s, p0/m, p1/m, z0.s, z1.s\n' >"$T/mode.s"
printf '_start:\n    mov x0, #3\n    mov x8, #93\n    svc #0\n' >"$T/exit3.s"
printf 'name: bad\nfrequency: 3\n' >"$T/bad.yaml"
printf '\177ELF\002\001\001' >"$T/short.elf"
head -c 64 /dev/zero | tr '\0' 'x' >"$T/garbage.bin"
printf '\177ELF' >"$T/elf4"

run_bad_inputs() {
    S=$1
    expect_error "asm: unknown mnemonic" "mnemonic.s:2:5: unknown mnemonic 'fmopx'" "$S" asm "$T/mnemonic.s"
    expect_error "asm: bad operand" "operand.s:2:17: operand out of range" "$S" asm "$T/operand.s"
    expect_error "asm: undefined label" "label.s:2:7: undefined symbol 'nowhere'" "$S" asm "$T/label.s"
    expect_error "asm: missing file" "nope.s: cannot open" "$S" asm "$T/nope.s"
    expect_error "run: missing file" "nope.s: cannot open" "$S" run "$T/nope.s"
    expect_error "run: unknown mnemonic" "mnemonic.s:2:5: unknown mnemonic" "$S" run "$T/mnemonic.s"
    expect_error "run: --svl 384" "--svl 384: not a power of two between 128 and 2048" "$S" run --svl 384 "$T/exit3.s"
    expect_error "run: --svl 4096" "--svl 4096: not a power of two" "$S" run --svl 4096 "$T/exit3.s"
    expect_error "run: --svl abc" "--svl abc" "$S" run --svl abc "$T/exit3.s"
    expect_error "run: --cores 0" "--cores 0" "$S" run --cores 0 "$T/exit3.s"
    expect_error "run: unknown option" "unknown option '--fast'" "$S" run --fast "$T/exit3.s"
    expect_error "run: guest fault" "fault.s:5: guest fault: read of 8 bytes at 0x10" "$S" run "$T/fault.s"
    expect_error "run: SME outside streaming mode" "needs streaming mode" "$S" run "$T/mode.s"
    expect_error "run: bad machine" "bad.yaml:2:12: unknown key 'frequency'" "$S" run --config "$T/bad.yaml" "$T/exit3.s"
    expect_error "run: truncated ELF" "short.elf" "$S" run "$T/short.elf"
    expect_error "run: 4-byte ELF" "elf4: not an ELF file" "$S" run "$T/elf4"
    expect_error "run: garbage" "garbage.bin:1:1: unknown mnemonic" "$S" run "$T/garbage.bin"
    printf 'zz\n' | expect_error "disasm: bad word" "<stdin>:1: 'zz' is not a 32-bit hex word" "$S" disasm
    expect_error "disasm: 9 digits" "'123456789' is not a 32-bit hex word" "$S" disasm 123456789
    expect_error "unknown command" "unknown command 'dance'" "$S" dance
}

run_bad_inputs "$SMESIM"

# nothing half-written: a failing run leaves no JSON, trace or picture
rm -f "$T/o.json" "$T/o.trc" "$T/o.png"
"$SMESIM" run --json "$T/o.json" --record "$T/o.trc" --png "$T/o.png" "$T/fault.s" >/dev/null 2>&1
if [ -e "$T/o.json" ] || [ -e "$T/o.trc" ] || [ -e "$T/o.png" ] || ls "$T" | grep -q '\.tmp'; then
    bad "a failed run left output behind: $(ls "$T")"
else ok; fi

# the guest's exit status comes through
"$SMESIM" run --quiet "$T/exit3.s" >/dev/null 2>&1
if [ $? -eq 3 ]; then ok; else bad "guest exit status 3 not passed through"; fi

# an instruction the architecture refuses is the guest's SIGILL: status 132
# (128 + 4), as qemu-aarch64 and a shell give (docs/mode-rules.md)
"$SMESIM" run --quiet "$T/mode.s" >/dev/null 2>&1
if [ $? -eq 132 ]; then ok; else bad "a refused instruction does not exit with status 132"; fi

# ---------------------------------------------------------------- record and replay
if "$SMESIM" run --quiet --json "$T/live.json" --record "$T/k.trc" >/dev/null 2>"$T/err" &&
   "$SMESIM" run --quiet --json "$T/replay.json" "$T/k.trc" 2>>"$T/err"; then
    live=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['cycles'])" "$T/live.json")
    again=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['cycles'])" "$T/replay.json")
    if [ "$live" = "$again" ] && [ "$live" -gt 0 ]; then ok; else bad "replay: $again cycles, live run $live"; fi
    # a truncated trace is refused with its name
    size=$(wc -c <"$T/k.trc")
    head -c $((size / 2)) "$T/k.trc" >"$T/cut.trc"
    expect_error "run: truncated trace" "cut.trc" "$SMESIM" run "$T/cut.trc"
    head -c 20 "$T/k.trc" >"$T/cut20.trc"
    expect_error "run: trace cut in its header" "cut20.trc" "$SMESIM" run "$T/cut20.trc"
    expect_error "run: --png on a trace" "needs a live run" "$SMESIM" run --png "$T/x.png" "$T/k.trc"
else
    bad "record/replay run failed:"; cat "$T/err"
fi

# JSON has the fields the issue names
if "$SMESIM" run --quiet --json - >"$T/j.json" 2>/dev/null && python3 - "$T/j.json" <<'EOF'
import json, sys
text = open(sys.argv[1]).read()
j = json.loads(text[text.index("{"):])     # the kernel's own line comes first
for k in ("cycles", "freq_ghz", "seconds", "cores", "sme_units"):
    assert k in j, k
assert all({"id", "cycles", "insns", "sme_insns"} <= set(c) for c in j["cores"])
assert all({"id", "busy_cycles", "ops"} <= set(u) for u in j["sme_units"])
assert j["cores"][0]["sme_insns"] > 0 and j["sme_units"][0]["ops"] > 0
EOF
then ok; else bad "--json - lacks the expected fields"; fi

# ---------------------------------------------------------------- the default job
(cd "$T" && "$SMESIM" run >"$T/default.out" 2>"$T/default.err")
if [ $? -eq 0 ] && grep -q "cycles" "$T/default.err" && grep -q "sgemm_f32" "$T/default.out" &&
   [ "$(head -c 4 "$T/build/out/za.png" | od -An -c | tr -d ' ')" = "211PNG" ]; then
    ok
else
    bad "smesim run (the default) did not report and write build/out/za.png"; cat "$T/default.err"
fi

# ---------------------------------------------------------------- help for every command
for c in "" run disasm asm; do
    if "$SMESIM" $c --help >"$T/help" 2>&1 && grep -q "usage: smesim" "$T/help"; then ok; else bad "smesim $c --help"; fi
done

# ---------------------------------------------------------------- again under the sanitizers
if [ -n "$ASAN" ]; then
    export ASAN_OPTIONS=detect_leaks=1:exitcode=99 UBSAN_OPTIONS=halt_on_error=1:exitcode=99
    before=$failed
    run_bad_inputs "$ASAN"
    "$ASAN" run --quiet --svl 128 >/dev/null 2>"$T/asan.err"
    rc=$?
    if [ $rc -ne 0 ]; then bad "the default run under ASan/UBSan: exit $rc"; cat "$T/asan.err"; else ok; fi
    [ $failed -eq $before ] || echo "(the failures above are under ASan/UBSan)"
fi

echo "tests/cli: $pass passed, $failed failed"
[ $failed -eq 0 ]
