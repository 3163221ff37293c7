# tests/diff/families/sve_ldst_nt.py — SVE non-temporal loads and stores
# (decode/isa/sve_ldst_nt.decode): contiguous LDNT1/STNT1 (streaming), and
# the SVE2 vector plus scalar gathers and scatters (non-streaming).  The
# offsets of [z.s, x16] and [z.d, x16] are bytes of the area loaded by LD1B
# (0..255); [z.d] alone takes absolute addresses built by a short loop.
# Format: docs/diff-tests.md.
SS = [('b', ''), ('h', ', lsl #1'), ('w', ', lsl #2'), ('d', ', lsl #3')]
XM = {'xm': (-80, 80)}
OFFS = 'ptrue p7.b\nld1b {{ {zn}.%s }}, p7/z, [{xbase2}]'
# z.d = x16 + a byte of the area, element by element (x9-x12, p7)
ADDRS_D = ('add x11, x16, #1024\nmov x12, x17\nmov x9, #32\n1: ldrb w10, [x12]\nadd x12, x12, #1\n'
           'add x10, x16, x10\nstr x10, [x11], #8\nsubs x9, x9, #1\nb.ne 1b\nsub x11, x11, #256\n'
           'ptrue p7.b\nld1d {{ {zn}.d }}, p7/z, [x11]')
# the addresses depend on the layout (clang's and smesim's assembler's
# differ): cleared after use, with the temporaries and the address table
CLEAN = ('dup {zn}.d, #0\nadd x11, x16, #1024\nmov x9, #16\n'
         '2: stp xzr, xzr, [x11], #16\nsubs x9, x9, #1\nb.ne 2b\n'
         'mov x10, #0\nmov x11, #0\nmov x12, #0')
R = {'pg': range(7), 'zt': [r for r in range(32)], 'xm': range(9)}
cases = []
for t, sh in SS:
    T = {'w': 's'}.get(t, t)
    cases.append(dict(insn='ldnt1%s {{ {zt}.%s }}, {pg}/z, [{xbase}, {xm}%s]' % (t, T, sh), T=T, xvals=XM))
    cases.append(dict(insn='ldnt1%s {{ {zt}.%s }}, {pg}/z, [{xbase}, #{imm:-8:7}, mul vl]' % (t, T), T=T))
    cases.append(dict(insn='stnt1%s {{ {zt}.%s }}, {pg}, [{xbase}, {xm}%s]' % (t, T, sh), T=T, xvals=XM))
    cases.append(dict(insn='stnt1%s {{ {zt}.%s }}, {pg}, [{xbase}, #{imm:-8:7}, mul vl]' % (t, T), T=T))
for op, T in (('ldnt1sb', 's'), ('ldnt1b', 's'), ('ldnt1sh', 's'), ('ldnt1h', 's'), ('ldnt1w', 's'),
              ('ldnt1sb', 'd'), ('ldnt1b', 'd'), ('ldnt1sh', 'd'), ('ldnt1h', 'd'), ('ldnt1sw', 'd'),
              ('ldnt1w', 'd'), ('ldnt1d', 'd')):
    cases.append(dict(insn=[OFFS % T, '%s {{ {zt}.%s }}, {pg}/z, [{zn}.%s, {xbase}]' % (op, T, T)],
                      T=T, mode='sve', regs=R))
    if T == 'd':
        cases.append(dict(insn=[ADDRS_D, '%s {{ {zt}.d }}, {pg}/z, [{zn}.d]' % op, CLEAN], T=T, mode='sve',
                          regs=R))
for op, T in (('stnt1b', 's'), ('stnt1h', 's'), ('stnt1w', 's'), ('stnt1b', 'd'), ('stnt1h', 'd'),
              ('stnt1w', 'd'), ('stnt1d', 'd')):
    cases.append(dict(insn=[OFFS % T, '%s {{ {zt}.%s }}, {pg}, [{zn}.%s, {xbase}]' % (op, T, T)],
                      T=T, mode='sve', regs=R))
    if T == 'd':
        cases.append(dict(insn=[ADDRS_D, '%s {{ {zt}.d }}, {pg}, [{zn}.d]' % op, CLEAN], T=T, mode='sve',
                          regs=R))

FAMILY = dict(
    decode=['sve_ldst_nt'],
    done=True,
    mode='ssve',
    kind='int',
    memory=8192,
    cases=cases,
)
