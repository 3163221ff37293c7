# tests/diff/families/sve_ldst_gather64.py — SVE gathers into 64-bit elements
# (decode/isa/sve_ldst_gather64.decode), plain and first-fault, and the
# SVE2.1 LD1Q, non-streaming: x16 plus unpacked 32-bit offsets (uxtw: LD1B
# bytes of the area; sxtw: LD1SB), plus 64-bit offsets (LD1SB, -128..127),
# scaled or not, and a vector of addresses plus an immediate (built by a
# short loop, then cleared, as the addresses depend on the layout).
# First-fault gathers that could cross a page (unscaled, wider than a
# byte) are left to tests/unit.
# Format: docs/diff-tests.md.
OFFS = 'ptrue p7.b\n%s {{ {zm}.d }}, p7/z, [{xbase2}]'
ADDRS_D = ('add x11, x16, #1024\nmov x12, x17\nmov x9, #32\n1: ldrb w10, [x12]\nadd x12, x12, #1\n'
           'add x10, x16, x10\nstr x10, [x11], #8\nsubs x9, x9, #1\nb.ne 1b\nsub x11, x11, #256\n'
           'ptrue p7.b\nld1d {{ {zn}.d }}, p7/z, [x11]')
CLEAN = ('dup {zn}.d, #0\nadd x11, x16, #1024\nmov x9, #16\n'
         '2: stp xzr, xzr, [x11], #16\nsubs x9, x9, #1\nb.ne 2b\n'
         'mov x10, #0\nmov x11, #0\nmov x12, #0')
R = {'pg': range(7)}
LOADS = [('ld1sb', 0), ('ld1b', 0), ('ld1sh', 1), ('ld1h', 1), ('ld1sw', 2), ('ld1w', 2), ('ld1d', 3)]
cases = []
for ff in ('', 'ff'):
    for op, msz in LOADS:
        op = op.replace('ld1', 'ld%s1' % ff)
        for ext, load in (('uxtw', 'ld1b'), ('sxtw', 'ld1sb')):
            for sc in ([''] if msz == 0 else ['', ' #%d' % msz]):
                if ff and msz and not sc:
                    continue
                cases.append(dict(insn=[OFFS % load, '%s {{ {zt}.d }}, {pg}/z, [{xbase}, {zm}.d, %s%s]'
                                        % (op, ext, sc)], T='d', regs=R))
        for sc in ([''] if msz == 0 else ['', ', lsl #%d' % msz]):
            if ff and msz and not sc:
                continue
            cases.append(dict(insn=[OFFS % 'ld1sb', '%s {{ {zt}.d }}, {pg}/z, [{xbase}, {zm}.d%s]' % (op, sc)],
                              T='d', regs=R))
        cases.append(dict(insn=[ADDRS_D, '%s {{ {zt}.d }}, {pg}/z, [{zn}.d, #{choice:0|%d|%d}]'
                                % (op, 1 << msz, 31 << msz), CLEAN], T='d', regs=R))
cases.append(dict(insn=[OFFS.replace('{zm}', '{zn}') % 'ld1b', 'ld1q {{ {zt}.q }}, {pg}/z, [{zn}.d, {xbase}]'],
                  T='q', regs=R))
cases.append(dict(insn=[ADDRS_D, 'ld1q {{ {zt}.q }}, {pg}/z, [{zn}.d]', CLEAN], T='q', regs=R))

FAMILY = dict(
    decode=['sve_ldst_gather64'],
    done=True,
    mode='sve',
    kind='int',
    memory=4096,
    cases=cases,
)
