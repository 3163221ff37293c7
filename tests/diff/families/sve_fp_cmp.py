# tests/diff/families/sve_fp_cmp.py — SVE floating-point compares into a
# predicate (decode/isa/sve_fp_cmp.decode): zeroing, FPSR flags, NZCV kept.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_fp_cmp'],
    mode='ssve',
    done=True,
    kind='fp',
    cases=[
        dict(insn=op + ' {pd}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='hsd')
        for op in ('fcmge', 'fcmgt', 'fcmeq', 'fcmne', 'fcmuo', 'facge', 'facgt',
                   'fcmle', 'fcmlt', 'facle', 'faclt')     # the last four: the assembler's swaps
    ] + [
        dict(insn=op + ' {pd}.{T}, {pg}/z, {zn}.{T}, #0.0', T='hsd')
        for op in ('fcmge', 'fcmgt', 'fcmlt', 'fcmle', 'fcmeq', 'fcmne')
    ] + [
        dict(insn='fcmeq {pd}.{T}, {pg}/z, {zn}.{T}, {zn}.{T}', T='hsd'),
        dict(insn='fcmgt {pg}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}', T='hsd'),
    ],
)
