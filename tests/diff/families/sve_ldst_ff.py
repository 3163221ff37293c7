# tests/diff/families/sve_ldst_ff.py — SVE first-fault (LDFF1*, scalar plus
# scalar, xzr as the index) and non-fault (LDNF1*, scalar plus immediate)
# contiguous loads (decode/isa/sve_ldst_ff.decode), non-streaming, with FFR
# loaded at random.  Accesses start near a 4 KiB page boundary, so some
# cases cross it: qemu suppresses the elements past the base's page (a
# choice MemNF[] allows; smesim makes the same), clearing FFR from there.
# Faults on unmapped pages are tests/diff/mem_faults.py.
# Format: docs/diff-tests.md.
TYPES = [('b', '', 'bhsd'), ('h', ', lsl #1', 'hsd'), ('w', ', lsl #2', 'sd'), ('d', ', lsl #3', 'd'),
         ('sb', '', 'hsd'), ('sh', ', lsl #1', 'sd'), ('sw', ', lsl #2', 'd')]
# Governing predicates whose first active element is among the vector's
# first 8 bytes (or none): qemu-aarch64 11.1 misreads the predicate of
# LDFF1/LDNF1 when the first active element is further up (sve_ldnfff1_r
# reads the predicate word at byte reg_off / 8 but shifts it by reg_off MOD
# 64), which the Arm ARM's pseudocode does not allow; the unit tests
# (tests/unit/test_exec_x_mem.c) pin those cases from the pseudocode.
# Whether an access crosses a page must not depend on where the area lies
# (clang's layout and smesim's assembler's differ), so each case copies the
# first 5 KiB of the area to a window around a 4 KiB page boundary (at or
# above x16 = area + 8 KiB), loads from x9, 0-120 bytes below it, then zeroes
# the area above 5 KiB and the temporaries x9-x14.
PAGE = ('add x9, {xbase}, #4095\nlsr x9, x9, #12\nlsl x9, x9, #12\n'
        'sub x11, {xbase}, #2, lsl #12\nsub x10, x9, #2560\nmov x12, #320\n'
        '1: ldp x13, x14, [x11], #16\nstp x13, x14, [x10], #16\nsubs x12, x12, #1\nb.ne 1b\n'
        'sub x9, x9, #{immb:0:120}')
CLEAN = ('sub x10, {xbase}, #2, lsl #12\nadd x10, x10, #1, lsl #12\nadd x10, x10, #1024\nmov x12, #704\n'
         '2: stp xzr, xzr, [x10], #16\nsubs x12, x12, #1\nb.ne 2b\n'
         'mov x9, #0\nmov x10, #0\nmov x11, #0\nmov x12, #0\nmov x13, #0\nmov x14, #0')
PATTERNS = ('all', 'even', 'prefix', 'first', 'none')
cases = []
for t, sh, T in TYPES:
    for pat in PATTERNS:
        P = {'pg': pat}
        for text in ('ldff1%s {{ {zt}.{T} }}, {pg}/z, [x9, {xm}%s]' % (t, sh),
                     'ldff1%s {{ {zt}.{T} }}, {pg}/z, [x9]' % t,
                     'ldnf1%s {{ {zt}.{T} }}, {pg}/z, [x9, #{imm:-8:7}, mul vl]' % t):
            cases.append(dict(insn=[PAGE, text, CLEAN], T=T, pred=P, xvals={'xm': (-40, 20)},
                              regs={'xm': range(9)}))

FAMILY = dict(
    decode=['sve_ldst_ff'],
    done=True,
    mode='sve',
    kind='int',
    memory=16384,
    cases_default=320,
    cases=cases,
)
