# tests/diff/families/sve2_crypto.py — AESE/AESD/AESMC/AESIMC, SM4E/SM4EKEY,
# RAX1 and PMULLB/PMULLT .q, outside streaming mode
# (decode/isa/sve2_crypto.decode).  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve2_crypto'], done=True,
    mode='sve',
    kind='raw',
    cases=[
        dict(insn='aese {zd}.b, {zd}.b, {zm}.b', T='b'),
        dict(insn='aesd {zd}.b, {zd}.b, {zm}.b', T='b'),
        dict(insn='aesmc {zd}.b, {zd}.b', T='b'),
        dict(insn='aesimc {zd}.b, {zd}.b', T='b'),
        dict(insn='sm4e {zd}.s, {zd}.s, {zm}.s', T='s'),
        dict(insn='sm4ekey {zd}.s, {zn}.s, {zm}.s', T='s'),
        dict(insn='rax1 {zd}.d, {zn}.d, {zm}.d', T='d'),
        dict(insn='pmullb {zd}.q, {zn}.d, {zm}.d', T='d'),
        dict(insn='pmullt {zd}.q, {zn}.d, {zm}.d', T='d'),
        dict(insn='aese {zd}.b, {zd}.b, {zd}.b', T='b'),
        dict(insn='sm4ekey {zd}.s, {zd}.s, {zm}.s', T='s'),
    ],
)
