# tests/diff/families/sve_fp_cmp.py — SVE floating-point compares into a
# predicate (decode/isa/sve_fp_cmp.decode): zeroing, FPSR flags, NZCV kept.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_fp_cmp'],
    mode='ssve',
    done=True,
    kind='fp',
    cases=[
        dict(insn='fcm{choice:ge|gt|eq|ne|uo} {pd}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='hsd'),
        dict(insn='fac{choice:ge|gt} {pd}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='hsd'),
        dict(insn='fcm{choice:ge|gt|lt|le|eq|ne} {pd}.{T}, {pg}/z, {zn}.{T}, #0.0', T='hsd'),
        dict(insn='fcmeq {pd}.{T}, {pg}/z, {zn}.{T}, {zn}.{T}', T='hsd'),
        dict(insn='fcmgt {pg}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='hsd'),
    ],
)
