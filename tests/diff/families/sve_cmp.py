# tests/diff/families/sve_cmp.py — SVE integer compares into a predicate
# (decode/isa/sve_cmp.decode): vectors, wide elements, immediates; each sets
# NZCV by PredTest.  Format: docs/diff-tests.md.
CC_ZZ = ('cmpeq', 'cmpne', 'cmpge', 'cmpgt', 'cmphs', 'cmphi', 'cmple', 'cmplt', 'cmpls', 'cmplo')
CC_ZW = ('cmpeq', 'cmpne', 'cmpge', 'cmpgt', 'cmplt', 'cmple', 'cmphs', 'cmphi', 'cmplo', 'cmpls')
CC_S = ('cmpeq', 'cmpne', 'cmpge', 'cmpgt', 'cmplt', 'cmple')
CC_U = ('cmphs', 'cmphi', 'cmplo', 'cmpls')
FAMILY = dict(
    decode=['sve_cmp'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[dict(insn='%s {pd}.{T}, {pg}/z, {zn}.{T}, {zm}.{T}' % cc, T='bhsd') for cc in CC_ZZ] +
          [dict(insn='%s {pd}.{T}, {pg}/z, {zn}.{T}, {zn}.{T}' % cc, T='bd') for cc in ('cmpge', 'cmpne')] +
          [dict(insn='%s {pd}.{T}, {pg}/z, {zn}.{T}, {zm}.d' % cc, T='bhs',
                zsize={'zm': 'd'}) for cc in CC_ZW] +
          [dict(insn='%s {pd}.{T}, {pg}/z, {zn}.{T}, #{imm:-16:15}' % cc, T='bhsd') for cc in CC_S] +
          [dict(insn='%s {pd}.{T}, {pg}/z, {zn}.{T}, #{imm:0:127}' % cc, T='bhsd') for cc in CC_U],
)
