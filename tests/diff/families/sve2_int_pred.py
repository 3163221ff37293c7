# tests/diff/families/sve2_int_pred.py — SVE2 integer predicated arithmetic
# (decode/isa/sve2_int_pred.decode): halving, saturating, rounding and
# saturating shifts by vector, pairwise, SADALP/UADALP, SQABS/SQNEG,
# URECPE/URSQRTE; streaming.  Format: docs/diff-tests.md.
ZPZZ = ('shadd uhadd shsub uhsub srhadd urhadd shsubr uhsubr sqadd uqadd sqsub uqsub suqadd '
        'usqadd sqsubr uqsubr srshl urshl srshlr urshlr sqshl uqshl sqrshl uqrshl sqshlr uqshlr '
        'sqrshlr uqrshlr addp smaxp umaxp sminp uminp').split()
WIDE = [{'T': 'h', 'N': 'b'}, {'T': 's', 'N': 'h'}, {'T': 'd', 'N': 's'}]
FAMILY = dict(
    decode=['sve2_int_pred'], done=True,
    mode='ssve',
    kind='int',
    cases=[dict(insn='%s {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}' % m, T='bhsd') for m in ZPZZ] + [
        dict(insn='sadalp {zd}.{T}, {pg}/m, {zn}.{N}', T=WIDE, zsize={'zn': 'N'}),
        dict(insn='uadalp {zd}.{T}, {pg}/m, {zn}.{N}', T=WIDE, zsize={'zn': 'N'}),
        dict(insn='sqabs {zd}.{T}, {pg}/m, {zn}.{T}', T='bhsd'),
        dict(insn='sqneg {zd}.{T}, {pg}/m, {zn}.{T}', T='bhsd'),
        dict(insn='urecpe {zd}.s, {pg}/m, {zn}.s', T='s'),
        dict(insn='ursqrte {zd}.s, {pg}/m, {zn}.s', T='s'),
        # the destination is also a source
        dict(insn='sqadd {zd}.{T}, {pg}/m, {zd}.{T}, {zd}.{T}', T='bd'),
        dict(insn='addp {zd}.{T}, {pg}/m, {zd}.{T}, {zd}.{T}', T='bd'),
        dict(insn='sadalp {zd}.{T}, {pg}/m, {zd}.{N}', T=WIDE),
        # outside streaming mode: the length is VL
        dict(insn='sqrshl {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}', T='bd', mode='sve'),
        dict(insn='addp {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}', T='h', mode='sve'),
    ],
)
