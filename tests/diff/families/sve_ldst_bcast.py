# tests/diff/families/sve_ldst_bcast.py — SVE loads that replicate
# (decode/isa/sve_ldst_bcast.decode): LD1R* one element to every active
# element, LD1RQ* a quadword to every quadword (streaming), LD1RO* an
# octaword to every octaword (FEAT_F64MM, non-streaming; UNDEFINED below
# 256 bits, so the case branches over it there; the UNDEFINED is in
# tests/diff/mem_faults.py).
# Format: docs/diff-tests.md.
LD1R = [('ld1rb', 'bhsd', 1), ('ld1rh', 'hsd', 2), ('ld1rw', 'sd', 4), ('ld1rd', 'd', 8),
        ('ld1rsb', 'hsd', 1), ('ld1rsh', 'sd', 2), ('ld1rsw', 'd', 4)]
RQ = [('b', '', 'b'), ('h', ', lsl #1', 'h'), ('w', ', lsl #2', 's'), ('d', ', lsl #3', 'd')]
# skip LD1RO* unless VL >= 256 bits (x9 a temporary, zeroed)
RO_GUARD = ('mov x9, #0\naddvl x9, x9, #1\ncmp x9, #32\nmov x9, #0\nb.lo 1f', '1:')
cases = []
for op, T, size in LD1R:
    cases.append(dict(insn='%s {{ {zt}.{T} }}, {pg}/z, [{xbase}, #{choice:0|%d|%d|%d}]'
                      % (op, size, 17 * size, 63 * size), T=T))
for t, sh, T in RQ:
    cases.append(dict(insn='ld1rq%s {{ {zt}.%s }}, {pg}/z, [{xbase}, {xm}%s]' % (t, T, sh), T=T,
                      xvals={'xm': (-40, 40)}))
    cases.append(dict(insn='ld1rq%s {{ {zt}.%s }}, {pg}/z, [{xbase}, #{choice:-128|-16|0|16|112}]' % (t, T),
                      T=T))
    cases.append(dict(insn=[RO_GUARD[0], 'ld1ro%s {{ {zt}.%s }}, {pg}/z, [{xbase}, {xm}%s]' % (t, T, sh),
                            RO_GUARD[1]], T=T, xvals={'xm': (-40, 40)}, mode='sve', regs={'xm': range(9)}))
    cases.append(dict(insn=[RO_GUARD[0], 'ld1ro%s {{ {zt}.%s }}, {pg}/z, [{xbase}, #{choice:-256|-32|0|32|224}]'
                            % (t, T), RO_GUARD[1]], T=T, mode='sve'))

FAMILY = dict(
    decode=['sve_ldst_bcast'],
    done=True,
    mode='ssve',
    kind='int',
    memory=4096,
    cases=cases,
)
