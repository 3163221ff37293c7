# tests/diff/families/sve_ldst_contig.py — SVE contiguous loads and stores,
# scalar plus scalar and scalar plus immediate
# (decode/isa/sve_ldst_contig.decode), in streaming mode.  The memory area
# is 8 KiB with the base in its middle, so `#imm, mul vl` (-8..7 vectors at
# 2048 bits) and register offsets up to 64 elements stay inside it.
# Format: docs/diff-tests.md.
LD_SS = '{{ {zt}.{T} }}, {pg}/z, [{xbase}, {xm}{sh}]'
LD_SI = '{{ {zt}.{T} }}, {pg}/z, [{xbase}, #{imm:-8:7}, mul vl]'
ST_SS = '{{ {zt}.{T} }}, {pg}, [{xbase}, {xm}{sh}]'
ST_SI = '{{ {zt}.{T} }}, {pg}, [{xbase}, #{imm:-8:7}, mul vl]'
X = {'xm': (0, 64)}
NOSH = [dict(T=t, sh='') for t in 'bhsd']
H = [dict(T=t, sh=', lsl #1') for t in 'hsd']
W = [dict(T=t, sh=', lsl #2') for t in 'sd']
D = [dict(T='d', sh=', lsl #3')]
FAMILY = dict(
    decode=['sve_ldst_contig'],
    mode='ssve',
    kind='int',
    memory=8192,
    cases=[
        dict(insn='ld1w ' + LD_SS, T=W, xvals=X),
        dict(insn='ld1w ' + LD_SI, T=W),
        dict(insn='st1w ' + ST_SS, T=W, xvals=X),
        dict(insn='st1w ' + ST_SI, T=W),
        dict(insn='ld1b ' + LD_SS, T=NOSH, xvals=X),
        dict(insn='ld1b ' + LD_SI, T=NOSH),
        dict(insn='ld1h ' + LD_SS, T=H, xvals=X),
        dict(insn='ld1h ' + LD_SI, T=H),
        dict(insn='ld1d ' + LD_SS, T=D, xvals=X),
        dict(insn='ld1d ' + LD_SI, T=D),
        dict(insn='ld1sb ' + LD_SS, T=NOSH[1:], xvals=X),
        dict(insn='ld1sb ' + LD_SI, T=NOSH[1:]),
        dict(insn='ld1sh ' + LD_SS, T=H[1:], xvals=X),
        dict(insn='ld1sh ' + LD_SI, T=H[1:]),
        dict(insn='ld1sw ' + LD_SS, T=[dict(T='d', sh=', lsl #2')], xvals=X),
        dict(insn='ld1sw ' + LD_SI, T=D),
        dict(insn='st1b ' + ST_SS, T=NOSH, xvals=X),
        dict(insn='st1b ' + ST_SI, T=NOSH),
        dict(insn='st1h ' + ST_SS, T=H, xvals=X),
        dict(insn='st1h ' + ST_SI, T=H),
        dict(insn='st1d ' + ST_SS, T=D, xvals=X),
        dict(insn='st1d ' + ST_SI, T=D),
    ],
)
