# tests/diff/families/sve_ldst_scatter.py — SVE scatter stores
# (decode/isa/sve_ldst_scatter.decode) and the SVE2.1 ST1Q, non-streaming:
# x16 plus 32-bit offsets (packed .s or unpacked .d; uxtw: LD1B bytes of the
# area, sxtw: LD1SB; scaled or not), plus 64-bit offsets, and a vector of
# addresses plus an immediate (built by a short loop, then cleared, as the
# addresses depend on the layout).  Offsets repeat, so later elements
# overwrite earlier ones.
# Format: docs/diff-tests.md.
OFFS = 'ptrue p7.b\n%s {{ {zm}.%s }}, p7/z, [{xbase2}]'
LOOP = ('add x11, x16, #1024\nmov x12, x17\nmov x9, #%d\n1: ldrb w10, [x12]\nadd x12, x12, #1\n'
        'add x10, x16, x10\nstr %s10, [x11], #%d\nsubs x9, x9, #1\nb.ne 1b\nsub x11, x11, #256\n'
        'ptrue p7.b\nld1%s {{ {zn}.%s }}, p7/z, [x11]')
ADDRS = {'s': LOOP % (64, 'w', 4, 'w', 's'), 'd': LOOP % (32, 'x', 8, 'd', 'd')}
CLEAN = ('dup {zn}.%s, #0\nadd x11, x16, #1024\nmov x9, #16\n'
         '2: stp xzr, xzr, [x11], #16\nsubs x9, x9, #1\nb.ne 2b\n'
         'mov x10, #0\nmov x11, #0\nmov x12, #0')
R = {'pg': range(7)}
cases = []
for T, stores in (('s', [('st1b', 0), ('st1h', 1), ('st1w', 2)]),
                  ('d', [('st1b', 0), ('st1h', 1), ('st1w', 2), ('st1d', 3)])):
    for op, msz in stores:
        for ext, load in (('uxtw', 'ld1b'), ('sxtw', 'ld1sb')):
            for sc in ([''] if msz == 0 else ['', ' #%d' % msz]):
                cases.append(dict(insn=[OFFS % (load, T), '%s {{ {zt}.%s }}, {pg}, [{xbase}, {zm}.%s, %s%s]'
                                        % (op, T, T, ext, sc)], T=T, regs=R))
        if T == 'd':
            for sc in ([''] if msz == 0 else ['', ', lsl #%d' % msz]):
                cases.append(dict(insn=[OFFS % ('ld1sb', 'd'), '%s {{ {zt}.d }}, {pg}, [{xbase}, {zm}.d%s]'
                                        % (op, sc)], T=T, regs=R))
        cases.append(dict(insn=[ADDRS[T], '%s {{ {zt}.%s }}, {pg}, [{zn}.%s, #{choice:0|%d|%d}]'
                                % (op, T, T, 1 << msz, 31 << msz), CLEAN % T], T=T, regs=R))
cases.append(dict(insn=[OFFS.replace('{zm}', '{zn}') % ('ld1b', 'd'), 'st1q {{ {zt}.q }}, {pg}, [{zn}.d, {xbase}]'],
                  T='q', regs=R))
cases.append(dict(insn=[ADDRS['d'], 'st1q {{ {zt}.q }}, {pg}, [{zn}.d]', CLEAN % 'd'], T='q', regs=R))

FAMILY = dict(
    decode=['sve_ldst_scatter'],
    done=True,
    mode='sve',
    kind='int',
    memory=4096,
    cases=cases,
)
