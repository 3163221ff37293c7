# tests/diff/families/sve_ldst_gather32.py — SVE gathers into 32-bit elements
# (decode/isa/sve_ldst_gather32.decode), plain and first-fault, non-streaming:
# x16 plus 32-bit offsets (uxtw: bytes of the area loaded by LD1B, 0..255;
# sxtw: LD1SB, -128..127; scaled or not), and a vector of 32-bit addresses
# plus an immediate (built from x16 and bytes of the area by a short loop,
# then cleared, as the addresses depend on the layout).  First-fault gathers
# that could cross a page (unscaled halfwords and words) are left to
# tests/unit (whether one crosses would depend on the layout).
# Format: docs/diff-tests.md.
OFFS = 'ptrue p7.b\n%s {{ {zm}.s }}, p7/z, [{xbase2}]'
ADDRS_S = ('add x11, x16, #1024\nmov x12, x17\nmov x9, #64\n1: ldrb w10, [x12]\nadd x12, x12, #1\n'
           'add x10, x16, x10\nstr w10, [x11], #4\nsubs x9, x9, #1\nb.ne 1b\nsub x11, x11, #256\n'
           'ptrue p7.b\nld1w {{ {zn}.s }}, p7/z, [x11]')
CLEAN = ('dup {zn}.s, #0\nadd x11, x16, #1024\nmov x9, #16\n'
         '2: stp xzr, xzr, [x11], #16\nsubs x9, x9, #1\nb.ne 2b\n'
         'mov x10, #0\nmov x11, #0\nmov x12, #0')
R = {'pg': range(7)}
LOADS = [('ld1sb', 0), ('ld1b', 0), ('ld1sh', 1), ('ld1h', 1), ('ld1w', 2)]
cases = []
for ff in ('', 'ff'):
    for op, msz in LOADS:
        op = op.replace('ld1', 'ld%s1' % ff)
        for ext, load in (('uxtw', 'ld1b'), ('sxtw', 'ld1sb')):
            for sc in ([''] if msz == 0 else ['', ' #%d' % msz]):
                if ff and msz and not sc:
                    continue
                cases.append(dict(insn=[OFFS % load, '%s {{ {zt}.s }}, {pg}/z, [{xbase}, {zm}.s, %s%s]'
                                        % (op, ext, sc)], T='s', regs=R))
        cases.append(dict(insn=[ADDRS_S, '%s {{ {zt}.s }}, {pg}/z, [{zn}.s, #{choice:0|%d|%d}]'
                                % (op, 1 << msz, 31 << msz), CLEAN], T='s', regs=R))

FAMILY = dict(
    decode=['sve_ldst_gather32'],
    done=True,
    mode='sve',
    kind='int',
    memory=4096,
    cases=cases,
)
