#!/bin/sh
# tests/oracle/qemu_kernel.sh - smesim against qemu-aarch64, the execution
# oracle (qemu-user 7.2, Debian 12), on whole programs, byte for byte.
#
# For each program below, at each streaming vector length 128 .. 2048 bits:
#   1. build a static ELF with clang-19 (assembler) and ld.lld-19;
#   2. run it under qemu-aarch64 with SME at that SVL, with the argument
#      `dump`; its standard output and its exit status (which must be a
#      normal exit, below 128, not a signal) are the expected ones;
#   3. run `SMESIM run --svl SVL --quiet PROGRAM.s -- dump` (smesim's
#      assembler and simulator) and `SMESIM run ... PROGRAM.elf -- dump`
#      (smesim's ELF loader); each must exit with qemu's status and write
#      exactly the bytes qemu wrote.
# Programs:
#   traces/kernels/sgemm_f32.s   the bundled SME fp32 SGEMM (dump = C's bytes)
#   tests/programs/isa_probe.s   a probe of every instruction smesim implements
#   tests/programs/smc.s         self-modifying code (its exit status is 55)
# The SVL is set with qemu's cpu properties smeN=on (the largest length) and
# sme-default-vector-length=BYTES (the length a process starts with); a tiny
# RDSVL program checks that qemu really runs at each SVL before anything else.
#
# usage: tests/oracle/qemu_kernel.sh SMESIM
#   SMESIM   the smesim executable (e.g. build/smesim)
# Environment (optional): CLANG, LLD, QEMU (tool names or paths),
#   SVLS (e.g. "128 512"), PROGRAMS (paths relative to the source tree).
# Prints one line per (program, SVL) and a summary.  Exit status: 0 if every
# output agrees, 1 on any difference or error (with the first differing
# byte offset, and for the probe the last section marker before it).

CLANG=${CLANG:-clang-19}
LLD=${LLD:-ld.lld-19}
QEMU=${QEMU:-qemu-aarch64}
SVLS=${SVLS:-"128 256 512 1024 2048"}
PROGRAMS=${PROGRAMS:-"traces/kernels/sgemm_f32.s tests/programs/isa_probe.s tests/programs/smc.s"}
# a wall-clock limit per run, when coreutils' timeout is there
LIMIT=${LIMIT:-900}

me=qemu_kernel

if [ $# -ne 1 ] || [ -z "$1" ]; then
    echo "usage: $0 SMESIM" >&2
    exit 1
fi
SMESIM=$1
case $SMESIM in
    */*) [ -x "$SMESIM" ] || { echo "$me: '$SMESIM' is not an executable file" >&2; exit 1; } ;;
    *) command -v "$SMESIM" >/dev/null 2>&1 || { echo "$me: '$SMESIM' not found" >&2; exit 1; } ;;
esac

for tool in "$CLANG" "$LLD" "$QEMU"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$me: $tool not found; it is the oracle's toolchain (scripts/install-deps installs llvm-19, clang-19, lld-19 and qemu-user)" >&2
        exit 1
    fi
done

root=$(cd "$(dirname "$0")/../.." && pwd) || exit 1
tmp=$(mktemp -d "${TMPDIR:-/tmp}/qemu_kernel.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

if command -v timeout >/dev/null 2>&1; then
    run_limited() { timeout "$LIMIT" "$@"; }
else
    run_limited() { "$@"; }
fi

qemu_cpu() {   # SVL in bits -> qemu -cpu value
    echo "max,sme=on,sme$1=on,sme-default-vector-length=$(($1 / 8))"
}

# build SRC OUT.elf: static, no libc, entry _start
build() {
    "$CLANG" --target=aarch64-linux-gnu -march=armv9-a+sme -c "$1" -o "$2.o" 2>"$tmp/build.err" &&
        "$LLD" -static -o "$2" "$2.o" 2>>"$tmp/build.err"
}

size_of() { wc -c <"$1" | tr -d ' '; }

# first_diff A B: the offset (from 0) of the first byte where files A and B
# differ, or where the shorter one ends; nothing if they are the same.
first_diff() {
    out=$(cmp "$1" "$2" 2>&1) && return 0
    case $out in
        *EOF*)
            sa=$(size_of "$1"); sb=$(size_of "$2")
            if [ "$sa" -lt "$sb" ]; then echo "$sa"; else echo "$sb"; fi ;;
        *)
            n=$(echo "$out" | sed -n -e 's/.* byte \([0-9][0-9]*\).*/\1/p' -e 's/.* char \([0-9][0-9]*\).*/\1/p' | head -n 1)
            echo $((n - 1)) ;;
    esac
}

# marker_before FILE OFFSET: the last probe marker (an 8-byte-aligned word
# 0x5ecN or 0x5eNM, see tests/programs/isa_probe.s) at or before OFFSET.
marker_before() {
    od -A d -v -t x8 "$1" | awk -v lim="$2" '
        { for (i = 2; i <= NF; i++) {
              off = $1 + 8 * (i - 2)
              if (off > lim) { exit }
              v = $i; sub(/^0+/, "", v)
              if (v ~ /^5ec[1-9a-f]$/ || v ~ /^5e[1-6][1-9a-f]$/) m = v
          } }
        END { if (m != "") print "0x" m }'
}

# ---- qemu runs at the SVL we ask for?
cat >"$tmp/svl.s" <<'EOF'
    .text
    .global _start
_start:
    rdsvl   x0, #1          // SVL in bytes
    lsr     x0, x0, #4      // exit status SVL / 128
    mov     x8, #93
    svc     #0
EOF
if ! build "$tmp/svl.s" "$tmp/svl.elf"; then
    echo "$me: cannot build a test program with $CLANG and $LLD:" >&2
    cat "$tmp/build.err" >&2
    exit 1
fi
for svl in $SVLS; do
    case $svl in
        128 | 256 | 512 | 1024 | 2048) ;;
        *) echo "$me: SVL $svl is not one of 128 256 512 1024 2048" >&2; exit 1 ;;
    esac
    "$QEMU" -cpu "$(qemu_cpu "$svl")" "$tmp/svl.elf" >/dev/null 2>&1
    got=$?
    if [ "$got" -ne $((svl / 128)) ]; then
        echo "$me: $QEMU -cpu $(qemu_cpu "$svl") does not run at SVL $svl (RDSVL says $((got * 128)) bits, status $got)" >&2
        exit 1
    fi
done

runs=0
bad=0

# check NAME SVL KIND FILE EXPECTED STATUS: run smesim on KIND's file,
# compare its output with EXPECTED and its exit status with STATUS
check_smesim() {
    name=$1 svl=$2 kind=$3 file=$4 expected=$5 want=$6
    got="$tmp/$name.$svl.$kind.out"
    run_limited "$SMESIM" run --svl "$svl" --quiet "$file" -- dump >"$got" 2>"$tmp/smesim.err"
    rc=$?
    if [ "$rc" -ne "$want" ]; then
        why=$(head -n 1 "$tmp/smesim.err")
        echo "smesim $kind: exit status $rc, qemu's $want${why:+ ($why)}"
        return 1
    fi
    off=$(first_diff "$expected" "$got")
    if [ -n "$off" ]; then
        where=""
        if [ "$name" = isa_probe ]; then
            m=$(marker_before "$expected" "$off")
            [ -n "$m" ] && where=", after marker $m"
        fi
        echo "smesim $kind: differs from qemu at byte $off$where (qemu $(size_of "$expected") bytes, smesim $(size_of "$got"))"
        return 1
    fi
    echo "smesim $kind: same"
    return 0
}

for prog in $PROGRAMS; do
    src="$root/$prog"
    name=$(basename "$prog" .s)
    if [ ! -f "$src" ]; then
        echo "FAIL $name: $src does not exist"
        bad=$((bad + 1))
        continue
    fi
    elf="$tmp/$name.elf"
    if ! build "$src" "$elf"; then
        echo "FAIL $name: the oracle's toolchain rejects it:"
        sed 's/^/    /' "$tmp/build.err"
        bad=$((bad + 1))
        continue
    fi
    for svl in $SVLS; do
        runs=$((runs + 1))
        expected="$tmp/$name.$svl.qemu"
        run_limited "$QEMU" -cpu "$(qemu_cpu "$svl")" "$elf" dump >"$expected" 2>"$tmp/qemu.err"
        rc=$?
        if [ "$rc" -ge 128 ]; then
            why=$(head -n 1 "$tmp/qemu.err")
            echo "FAIL $name SVL $svl: qemu exit status $rc, a signal${why:+ ($why)}"
            bad=$((bad + 1))
            continue
        fi
        line="qemu $(size_of "$expected") bytes, status $rc"
        ok=1
        r=$(check_smesim "$name" "$svl" .s "$src" "$expected" "$rc") || ok=0
        line="$line; $r"
        r=$(check_smesim "$name" "$svl" ELF "$elf" "$expected" "$rc") || ok=0
        line="$line; $r"
        if [ "$ok" -eq 1 ]; then
            echo "PASS $name SVL $svl: $line"
        else
            echo "FAIL $name SVL $svl: $line"
            bad=$((bad + 1))
        fi
    done
done

if [ "$bad" -eq 0 ]; then
    echo "$me: all $runs runs agree with qemu ($(echo "$PROGRAMS" | wc -w | tr -d ' ') programs x SVL $SVLS)"
    exit 0
fi
echo "$me: $bad of $runs runs differ from qemu or failed"
exit 1
