# tests/diff/families/sme_move.py — MOVA between one Z register and one ZA
# tile slice, both directions, horizontal and vertical, every element size
# (.b .h .s .d .q), and SME2.1's MOVAZ (decode/isa/sme_move.decode).
# Format: docs/diff-tests.md.
# (element size, tiles, slice offsets)
SIZES = (('b', 1, 16), ('h', 2, 8), ('s', 4, 4), ('d', 8, 2), ('q', 16, 1))
CASES = []
for t, tiles, offs in SIZES:
    slice_ = 'za{imm:0:%d}{choice:h|v}.%s[{wv}, {imm2:0:%d}]' % (tiles - 1, t, offs - 1)
    CASES += [
        dict(insn='mov {zd}.%s, {pg}/m, %s' % (t, slice_), T=t),
        dict(insn='mov %s, {pg}/m, {zn}.%s' % (slice_, t), T=t),
        dict(insn='movaz {zd}.%s, %s' % (t, slice_), T=t),
    ]
FAMILY = dict(
    decode=['sme_move'],
    mode='sme',
    kind='int',
    za_kind='raw',
    done=True,
    cases=CASES,
)
