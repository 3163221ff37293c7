# tests/diff/families/sve_perm_pred.py — SVE permutes of predicates
# (decode/isa/sve_perm_pred.decode): ZIP/UZP/TRN, REV, PUNPK, PMOV,
# streaming.  'raw' predicate patterns exercise the non-canonical bits these
# instructions move whole.  Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_perm_pred'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {pd}.{T}, {pn}.{T}, {pm}.{T}' % op, T='bhsd')
           for op in ('zip1', 'zip2', 'uzp1', 'uzp2', 'trn1', 'trn2')] + [
        dict(insn='zip1 {pd}.{T}, {pd}.{T}, {pm}.{T}', T='bhsd'),
        dict(insn='trn2 {pd}.{T}, {pn}.{T}, {pd}.{T}', T='bhsd'),
        dict(insn='rev {pd}.{T}, {pn}.{T}', T='bhsd', pred={'pn': 'raw'}),
        dict(insn='rev {pd}.{T}, {pn}.{T}', T='bhsd'),
        dict(insn='punpklo {pd}.h, {pn}.b', T='b'),
        dict(insn='punpkhi {pd}.h, {pn}.b', T='b'),
        dict(insn='punpkhi {pd}.h, {pd}.b', T='b'),
        dict(insn='pmov {pd}.b, {zn}', T='b'),
        dict(insn='pmov {pd}.h, {zn}[{imm:0:1}]', T='h'),
        dict(insn='pmov {pd}.s, {zn}[{imm:0:3}]', T='s'),
        dict(insn='pmov {pd}.d, {zn}[{imm:0:7}]', T='d'),
        dict(insn='pmov {zd}, {pn}.b', T='b'),
        dict(insn='pmov {zd}[{imm:0:1}], {pn}.h', T='h'),
        dict(insn='pmov {zd}[{imm:0:3}], {pn}.s', T='s'),
        dict(insn='pmov {zd}[{imm:0:7}], {pn}.d', T='d'),
    ],
)
