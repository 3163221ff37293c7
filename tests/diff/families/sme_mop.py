# tests/diff/families/sme_mop.py — SME floating-point outer products into
# ZA tiles (decode/isa/sme_mop.decode): FMOPA/FMOPS non-widening (fp32,
# fp64, fp16, bf16) and widening (fp16/bf16 into fp32).  ZA starts from
# fp32 values biased to edge cases; both predicates vary.
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sme_mop'],
    mode='sme',
    kind='fp',
    za_kind='fp32',
    cases=[
        dict(insn='fmopa za{imm:0:3}.s, {pgn}/m, {pgm}/m, {zn}.s, {zm}.s', T='s'),
        dict(insn='fmops za{imm:0:3}.s, {pgn}/m, {pgm}/m, {zn}.s, {zm}.s', T='s'),
        dict(insn='fmopa za{imm:0:7}.d, {pgn}/m, {pgm}/m, {zn}.d, {zm}.d', T='d', za_kind='fp64'),
        dict(insn='fmops za{imm:0:7}.d, {pgn}/m, {pgm}/m, {zn}.d, {zm}.d', T='d', za_kind='fp64'),
        dict(insn='fmopa za{imm:0:1}.h, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h', za_kind='fp16'),
        dict(insn='fmops za{imm:0:1}.h, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h', za_kind='fp16'),
        dict(za_kind='bf16', insn='bfmopa za{imm:0:1}.h, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h', kind='bf16',
             fpcr=('DN', 'FZ', 'RMode', 'AH', 'FIZ')),
        dict(za_kind='bf16', insn='bfmops za{imm:0:1}.h, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h', kind='bf16',
             fpcr=('DN', 'FZ', 'RMode', 'AH', 'FIZ')),
        dict(insn='fmopa za{imm:0:3}.s, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='fmops za{imm:0:3}.s, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h'),
        dict(insn='bfmopa za{imm:0:3}.s, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h', kind='bf16',
             fpcr=('DN', 'FZ', 'RMode', 'AH', 'FIZ', 'EBF')),
        dict(insn='bfmops za{imm:0:3}.s, {pgn}/m, {pgm}/m, {zn}.h, {zm}.h', T='h', kind='bf16',
             fpcr=('DN', 'FZ', 'RMode', 'AH', 'FIZ', 'EBF')),
    ],
)
