# tests/diff/families/sve_dup.py — SVE broadcasts of an immediate
# (decode/isa/sve_dup.decode): DUP and FDUP to every element, CPY (zeroing
# and merging) and FCPY to the active elements of P0-P15.
# Format: docs/diff-tests.md.
FP = '1.0|-0.5|2.0|0.125|31.0|-1.9375|0.25|-16.0'
FAMILY = dict(
    decode=['sve_dup'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[
        dict(insn='mov {zd}.b, #{imm:-128:127}', T='b'),
        dict(insn='mov {zd}.{T}, #{imm:-128:127}{choice:|, lsl #8}', T='hsd'),
        dict(insn='fmov {zd}.{T}, #{choice:%s}' % FP, T='hsd'),
        dict(insn='mov {zd}.b, {pc}/z, #{imm:-128:127}', T='b'),
        dict(insn='mov {zd}.b, {pc}/m, #{imm:-128:127}', T='b'),
        dict(insn='mov {zd}.{T}, {pc}/z, #{imm:-128:127}{choice:|, lsl #8}', T='hsd'),
        dict(insn='mov {zd}.{T}, {pc}/m, #{imm:-128:127}{choice:|, lsl #8}', T='hsd'),
        dict(insn='fmov {zd}.{T}, {pc}/m, #{choice:%s}' % FP, T='hsd'),
        dict(insn='fmov {zd}.{T}, {pc}/m, #0.0', T='hsd'),
        dict(insn='mov {zd}.{T}, {pc}/z, #{imm:-128:127}', T='bhsd', mode='sve'),
    ],
)
