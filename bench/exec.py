#!/usr/bin/env python3
"""bench/exec.py — execution speed against qemu-aarch64, measured in one run.

Programs (bench/programs/), each built as a static ELF with clang-19 + lld-19
and run by qemu-aarch64 and by smesim, alternating, best of N runs each:
  scalar    ldr/add/str/subs/b.ne                  (functional and timing)
  fmopa     2 LD1W + 4 FMOPA + SUBS + B.NE, at SVL 512 and 2048
                                                    (functional and timing)
  sve       streaming LD1W/LD1W/FMLA/ST1W at SVL 512 (functional)
Each line gives both times, smesim's instructions per second and the ratio
qemu's time / smesim's time (above 1: smesim is faster).  Outputs (standard
output and exit status) must be identical, else the line says DIFFERENT.
Then smesim's peak memory at 1x, 10x and 100x the scalar loop's length.

usage: bench/exec.py SMESIM [--qemu qemu-aarch64] [--runs 3] [--quick]
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def build(src, iters, out):
    """src with its .equ ITER replaced, assembled and linked to out."""
    text = open(os.path.join(ROOT, src)).read()
    text = re.sub(r"(\.equ\s+ITER,\s*)[^\n/]+", lambda m: m.group(1) + str(iters) + " ", text, count=1)
    s = out + ".s"
    with open(s, "w") as fh:
        fh.write(text)
    subprocess.run(["clang-19", "--target=aarch64-linux-gnu", "-march=armv9-a+sme", "-c", s, "-o", out + ".o"],
                   check=True)
    subprocess.run(["ld.lld-19", "-static", "-o", out, out + ".o"], check=True)
    return out


def run(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True)
    return time.perf_counter() - t0, p.returncode, p.stdout


def qemu_cpu(svl):
    return f"max,sme=on,sme{svl}=on,sme-default-vector-length={svl // 8}"


def insns_of(smesim, elf, svl):
    p = subprocess.run([smesim, "run", "--functional", "--quiet", "--svl", str(svl), "--json", "-", elf],
                       capture_output=True, text=True)
    m = re.search(r'"instructions":\s*(\d+)', p.stdout)
    return int(m.group(1)) if m else 0


def compare(name, smesim, qemu, elf, svl, runs, modes):
    n = insns_of(smesim, elf, svl)
    lines = []
    for mode in modes:
        best_q = best_s = None
        same = True
        for _ in range(runs):   # alternate, keep the best of each
            tq, rq, oq = run([qemu, "-cpu", qemu_cpu(svl), elf])
            cmd = [smesim, "run", "--quiet", "--svl", str(svl), elf]
            if mode == "functional":
                cmd.insert(2, "--functional")
            ts, rs, os_ = run(cmd)
            same = same and rq == rs and oq == os_
            best_q = tq if best_q is None else min(best_q, tq)
            best_s = ts if best_s is None else min(best_s, ts)
        lines.append(f"  {name:22s} {mode:10s} qemu {best_q:7.3f} s  smesim {best_s:7.3f} s "
                     f"({n / best_s / 1e6:8.1f} M insn/s): {best_q / best_s:6.2f}x qemu's speed"
                     + ("" if same else "   DIFFERENT OUTPUT"))
        print(lines[-1], flush=True)
    return n


def peak_rss(cmd):
    """peak resident memory of one run, in MiB (GNU time's %M)"""
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True)
    return int(p.stderr.strip().splitlines()[-1]) / 1024.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("smesim")
    ap.add_argument("--qemu", default="qemu-aarch64")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="short programs (a smoke test)")
    a = ap.parse_args()
    q = 10 if a.quick else 1
    ver = subprocess.run([a.qemu, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    print(f"bench/exec: {ver}; best of {a.runs}, alternating; ratio = qemu's time / smesim's time")
    with tempfile.TemporaryDirectory() as tmp:
        scalar = build("bench/programs/scalar_loop.s", 36000000 // q, os.path.join(tmp, "scalar"))
        compare("scalar loop", a.smesim, a.qemu, scalar, 512, a.runs, ["functional", "timing"])
        for svl, iters in ((512, 65536 // q), (2048, 8192 // q)):
            f = build("bench/programs/fmopa_loop.s", iters, os.path.join(tmp, f"fmopa{svl}"))
            n = compare(f"FMOPA loop, SVL {svl}", a.smesim, a.qemu, f, svl, a.runs, ["functional", "timing"])
            # multiply-adds: 4 FMOPA per 8 instructions, (SVL/32)^2 each
            macs = n / 8 * 4 * (svl // 32) ** 2
            t, _, _ = min(run([a.smesim, "run", "--functional", "--quiet", "--svl", str(svl), f])
                          for _ in range(a.runs))
            print(f"  {'':22s} {'':10s} {macs / t / 1e9:.2f} G fp32 multiply-adds/s in smesim "
                  f"(functional)", flush=True)
        v = build("bench/programs/sve_loop.s", (1 << 20) // q, os.path.join(tmp, "sve"))
        compare("streaming SVE, SVL 512", a.smesim, a.qemu, v, 512, a.runs, ["functional"])
        print("memory: smesim's peak resident size, scalar loop (timing on)")
        for k in (1, 10, 100):
            e = build("bench/programs/scalar_loop.s", 360000 * k // q, os.path.join(tmp, f"m{k}"))
            print(f"  {k:4d}x ({3600000 * k // q // 1000000:5d} M instructions): "
                  f"{peak_rss([a.smesim, 'run', '--quiet', e]):7.1f} MiB", flush=True)


if __name__ == "__main__":
    main()
