# tests/diff/families/sve_fp_reduce.py — SVE floating-point reductions
# (decode/isa/sve_fp_reduce.decode): FADDV (tree), FMAXV ..., FADDA
# (ordered, not streaming), SVE2.1 FADDQV ....  The scalar destination is
# V3 (Z3), which the comment's {zv} loads.  Format: docs/diff-tests.md.
NO3 = [r for r in range(32) if r != 3]
SZ = [dict(T='h', V='h'), dict(T='s', V='s'), dict(T='d', V='d')]
FAMILY = dict(
    decode=['sve_fp_reduce'],
    mode='ssve',
    done=True,
    kind='fp',
    cases=[
        dict(insn='f%sv {V}3, {pg}, {zn}.{T} // {zv}' % op, T=SZ, regs={'zv': [3], 'zn': NO3})
        for op in ('add', 'maxnm', 'minnm', 'max', 'min')
    ] + [
        dict(insn='fadda {V}3, {pg}, {V}3, {zm}.{T} // {zv}', T=SZ, regs={'zv': [3], 'zn': NO3, 'zm': NO3}, mode='sve'),
    ] + [
        dict(insn='f%sqv v3.{Q}, {pg}, {zn}.{T} // {zv}' % op,
             T=[dict(T='h', Q='8h'), dict(T='s', Q='4s'), dict(T='d', Q='2d')], regs={'zv': [3], 'zn': NO3})
        for op in ('add', 'maxnm', 'minnm', 'max', 'min')
    ] + [
    ],
)
