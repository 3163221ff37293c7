# tests/diff/families/sve2_histmatch.py — HISTCNT, HISTSEG, MATCH, NMATCH
# (with NZCV), outside streaming mode (decode/isa/sve2_histmatch.decode).
# Format: docs/diff-tests.md.  The edge-biased integer pools (0, 1, -1, ...)
# make equal elements common.
FAMILY = dict(
    decode=['sve2_histmatch'], done=True,
    mode='sve',
    kind='int',
    cases=[
        dict(insn='histcnt {zd}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='sd'),
        dict(insn='histseg {zd}.b, {zn}.b, {zm}.b', T='b'),
        dict(insn='match {pd}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='bh'),
        dict(insn='nmatch {pd}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='bh'),
        dict(insn='match {pd}.{T}, {pd}/z, {zn}.{T}, {zn}.{T}', T='bh', regs={'pd': range(8)}),
    ],
)
