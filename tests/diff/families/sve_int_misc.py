# tests/diff/families/sve_int_misc.py — MOVPRFX (with the instruction it
# prefixes: LLVM refuses one on its own), INDEX in its four forms, ADR, and
# the FP helpers FTSSEL and FEXPA (decode/isa/sve_int_misc.decode).  ADR,
# FTSSEL and FEXPA are not legal in streaming mode without FEAT_SME_FA64:
# they run outside it.
# Format: docs/diff-tests.md.
IMM = '{imm:-16:15}'
FAMILY = dict(
    decode=['sve_int_misc'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[
        dict(insn=['movprfx {zd}.{T}, {pg}/z, {zn}.{T}', 'add {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}'], T='bhsd'),
        dict(insn=['movprfx {zd}.{T}, {pg}/m, {zn}.{T}', 'sub {zd}.{T}, {pg}/m, {zd}.{T}, {zm}.{T}'], T='bhsd'),
        dict(insn=['movprfx {zd}, {zn}', 'mla {zd}.{T}, {pg}/m, {zm}.{T}, {zk}.{T}'], T='bhsd'),
        dict(insn='index {zd}.{T}, #%s, #{imm2:-16:15}' % IMM, T='bhsd'),
        dict(insn='index {zd}.{T}, {wn}, #%s' % IMM, T='bhs'),
        dict(insn='index {zd}.d, {xn}, #%s' % IMM, T='d'),
        dict(insn='index {zd}.{T}, #%s, {wm}' % IMM, T='bhs'),
        dict(insn='index {zd}.d, #%s, {xm}' % IMM, T='d'),
        dict(insn='index {zd}.{T}, {wn}, {wm}', T='bhs'),
        dict(insn='index {zd}.d, {xn}, {xm}', T='d'),
        dict(insn='index {zd}.{T}, wzr, {wm}', T='bhs'),
        dict(insn='index {zd}.{T}, #%s, #{imm2:-16:15}' % IMM, T='bhsd', mode='sve'),
        dict(insn='adr {zd}.d, [{zn}.d, {zm}.d, sxtw{choice:| #1| #2| #3}]', T='d', mode='sve'),
        dict(insn='adr {zd}.d, [{zn}.d, {zm}.d, uxtw{choice:| #1| #2| #3}]', T='d', mode='sve'),
        dict(insn='adr {zd}.{T}, [{zn}.{T}, {zm}.{T}{choice:|, lsl #1|, lsl #2|, lsl #3}]', T='sd', mode='sve'),
        dict(insn='ftssel {zd}.{T}, {zn}.{T}, {zm}.{T}', T='hsd', mode='sve', kind='fp', zkind={'zm': 'int'}),
        dict(insn='fexpa {zd}.{T}, {zn}.{T}', T='hsd', mode='sve'),
    ],
)
