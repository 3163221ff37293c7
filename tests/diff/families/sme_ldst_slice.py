# tests/diff/families/sme_ldst_slice.py — LD1B/H/W/D/Q and ST1B/H/W/D/Q of
# one horizontal or vertical ZA tile slice, scalar plus scalar and scalar
# alone (decode/isa/sme_ldst_slice.decode).
# Format: docs/diff-tests.md.
# (element size, mnemonic suffix, tiles, slice offsets, shift)
SIZES = (('b', 'b', 1, 16, 0), ('h', 'h', 2, 8, 1), ('s', 'w', 4, 4, 2), ('d', 'd', 8, 2, 3),
         ('q', 'q', 16, 1, 4))
#
# qemu-aarch64 11.1 leaves the inactive elements of a vertical slice that
# follow the last active one unchanged where the Arm ARM's LD1x (tile
# slice) writes Zeros(esize) to every inactive element (sme_ld1 in qemu's
# target/arm/tcg/sme_helper.c clears only up to the last active element
# when vertical).  The vertical loads here use predicates whose last
# element is active, so the two agree; tests/unit/test_exec_x_sme.c pins
# the Arm ARM's zeros.
CASES = []
for t, m, tiles, offs, sh in SIZES:
    slice_ = '{{za{imm:0:%d}{choice:h|v}.%s[{wv}, {imm2:0:%d}]}}' % (tiles - 1, t, offs - 1)
    hslice = '{{za{imm:0:%d}h.%s[{wv}, {imm2:0:%d}]}}' % (tiles - 1, t, offs - 1)
    vslice = '{{za{imm:0:%d}v.%s[{wv}, {imm2:0:%d}]}}' % (tiles - 1, t, offs - 1)
    index = ', {xm}' + (', lsl #%d' % sh if sh else '')
    CASES += [
        dict(insn='ld1%s %s, {pg}/z, [{xbase}%s]' % (m, hslice, index), T=t, xvals={'xm': (0, 40)}),
        dict(insn='ld1%s %s, {pg}/z, [{xbase}]' % (m, hslice), T=t),
        dict(insn='ld1%s %s, {pg}/z, [{xbase}%s]' % (m, vslice, index), T=t, xvals={'xm': (0, 40)},
             pred={'pg': 'suffix'}),
        dict(insn='ld1%s %s, {pg}/z, [{xbase}]' % (m, vslice), T=t, pred={'pg': 'all'}),
        dict(insn='st1%s %s, {pg}, [{xbase}%s]' % (m, slice_, index), T=t, xvals={'xm': (0, 40)}),
        dict(insn='st1%s %s, {pg}, [{xbase}]' % (m, slice_), T=t),
    ]
FAMILY = dict(
    decode=['sme_ldst_slice'],
    mode='sme',
    kind='int',
    za_kind='raw',
    memory=4096,
    mem_base=1024,
    done=True,
    cases=CASES,
)
