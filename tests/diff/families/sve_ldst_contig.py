# tests/diff/families/sve_ldst_contig.py — SVE contiguous loads and stores
# of one vector (decode/isa/sve_ldst_contig.decode): LD1B..LD1D, LD1SB..LD1SW,
# ST1B..ST1D, scalar plus scalar and scalar plus immediate, at every element
# size (streaming: legal there), and the SVE2.1 quadword-element forms
# (non-streaming).  x16 points at the middle of an 8 KiB random area.
# Format: docs/diff-tests.md.
SS = '[{xbase}, {xm}%s]'
SI = '[{xbase}, #{imm:-8:7}, mul vl]'
LOADS = [('ld1b', '', 'bhsd'), ('ld1h', ', lsl #1', 'hsd'), ('ld1w', ', lsl #2', 'sd'),
         ('ld1d', ', lsl #3', 'd'), ('ld1sb', '', 'hsd'), ('ld1sh', ', lsl #1', 'sd'),
         ('ld1sw', ', lsl #2', 'd')]
STORES = [('st1b', '', 'bhsd'), ('st1h', ', lsl #1', 'hsd'), ('st1w', ', lsl #2', 'sd'),
          ('st1d', ', lsl #3', 'd')]
XM = {'xm': (-80, 80)}
cases = []
for op, sh, T in LOADS:
    cases.append(dict(insn=op + ' {{ {zt}.{T} }}, {pg}/z, ' + SS % sh, T=T, xvals=XM))
    cases.append(dict(insn=op + ' {{ {zt}.{T} }}, {pg}/z, ' + SI, T=T))
for op, sh, T in STORES:
    cases.append(dict(insn=op + ' {{ {zt}.{T} }}, {pg}, ' + SS % sh, T=T, xvals=XM))
    cases.append(dict(insn=op + ' {{ {zt}.{T} }}, {pg}, ' + SI, T=T))
for op, sh in (('ld1w', ', lsl #2'), ('ld1d', ', lsl #3')):
    cases.append(dict(insn=op + ' {{ {zt}.q }}, {pg}/z, ' + SS % sh, T='q', xvals=XM, mode='sve'))
    cases.append(dict(insn=op + ' {{ {zt}.q }}, {pg}/z, ' + SI, T='q', mode='sve'))
for op, sh in (('st1w', ', lsl #2'), ('st1d', ', lsl #3')):
    cases.append(dict(insn=op + ' {{ {zt}.q }}, {pg}, ' + SS % sh, T='q', xvals=XM, mode='sve'))
    cases.append(dict(insn=op + ' {{ {zt}.q }}, {pg}, ' + SI, T='q', mode='sve'))

FAMILY = dict(
    decode=['sve_ldst_contig'],
    done=True,
    mode='ssve',
    kind='int',
    memory=8192,
    cases=cases,
)
