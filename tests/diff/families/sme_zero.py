# tests/diff/families/sme_zero.py — ZERO {mask} of 64-bit tiles, in
# streaming mode and (PSTATE.ZA alone) outside it, and SME2.1's ZERO of
# groups of ZA array vectors (decode/isa/sme_zero.decode).
# Format: docs/diff-tests.md.
MASKS = ('{za}', '{za0.b}', '{za0.h}', '{za1.h}', '{za0.s}', '{za3.s}', '{za0.d}', '{za7.d}',
         '{za0.d, za3.d, za5.d}', '{za1.s, za2.s}', '{za0.h, za1.h}', '{za2.d, za4.d, za6.d, za7.d}')
FAMILY = dict(
    decode=['sme_zero'],
    mode='sme',
    kind='int',
    za_kind='raw',
    done=True,
    cases=[
        dict(insn='zero {choice:%s}' % '|'.join(m.replace('{', '{{').replace('}', '}}') for m in MASKS)),
        dict(insn='zero {choice:%s}' % '|'.join(m.replace('{', '{{').replace('}', '}}') for m in MASKS),
             mode='za'),
        dict(insn='zero za.d[{wv}, {imm:0:7}, vgx2]', regs={'wv': range(8, 12)}),
        dict(insn='zero za.d[{wv}, {imm:0:7}, vgx4]', regs={'wv': range(8, 12)}),
        dict(insn='zero za.d[{wv}, {choice:0:1|2:3|4:5|6:7|8:9|10:11|12:13|14:15}]', regs={'wv': range(8, 12)}),
        dict(insn='zero za.d[{wv}, {choice:0:1|2:3|4:5|6:7}, vgx2]', regs={'wv': range(8, 12)}),
        dict(insn='zero za.d[{wv}, {choice:0:1|2:3|4:5|6:7}, vgx4]', regs={'wv': range(8, 12)}),
        dict(insn='zero za.d[{wv}, {choice:0:3|4:7|8:11|12:15}]', regs={'wv': range(8, 12)}),
        dict(insn='zero za.d[{wv}, {choice:0:3|4:7}, vgx2]', regs={'wv': range(8, 12)}),
        dict(insn='zero za.d[{wv}, {choice:0:3|4:7}, vgx4]', regs={'wv': range(8, 12)}),
    ],
)
