# tests/diff/families/sve_perm_elem.py — SVE predicated element moves
# (decode/isa/sve_perm_elem.decode): CPY, LASTA/LASTB, CLASTA/CLASTB, SPLICE,
# REVB/REVH/REVW/RBIT/REVD, SEL, streaming.  COMPACT (not streaming without
# FA64) is tests/diff/families/sve_perm_compact.py.  SIMD&FP scalar operands
# are written b/h/s/d{imm} (their Z registers hold earlier cases' values).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['sve_perm_elem'],
    mode='ssve',
    kind='int',
    done=True,
    cases=[
        dict(insn='mov {zd}.{T}, {pg}/m, {T}{imm:0:31}', T='bhsd'),
        dict(insn='mov {zd}.{T}, {pg}/m, {w0}', T='bhs'),
        dict(insn='mov {zd}.d, {pg}/m, {x0}', T='d'),
        # SP as the source (register 31): set, used, restored (x15 cleared)
        dict(insn=['mov x15, sp', 'mov sp, {x0}', 'mov {zd}.{T}, {pg}/m, wsp', 'mov sp, x15', 'mov x15, #0'],
             T='bhs', regs={'x0': range(15)}),
        dict(insn=['mov x15, sp', 'mov sp, {x0}', 'mov {zd}.d, {pg}/m, sp', 'mov sp, x15', 'mov x15, #0'],
             T='d', regs={'x0': range(15)}),
        dict(insn='lasta {T}{imm:0:31}, {pg}, {zn}.{T}', T='bhsd'),
        dict(insn='lastb {T}{imm:0:31}, {pg}, {zn}.{T}', T='bhsd'),
        dict(insn='lasta {w0}, {pg}, {zn}.{T}', T='bhs'),
        dict(insn='lastb {w0}, {pg}, {zn}.{T}', T='bhs'),
        dict(insn='lasta {x0}, {pg}, {zn}.d', T='d'),
        dict(insn='lastb {x0}, {pg}, {zn}.d', T='d'),
        dict(insn='clasta {zd}.{T}, {pg}, {zd}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='clastb {zd}.{T}, {pg}, {zd}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='clasta {T}{imm:0:31}, {pg}, {T}{imm:0:31}, {zm}.{T}', T='bhsd'),
        dict(insn='clastb {T}{imm:0:31}, {pg}, {T}{imm:0:31}, {zm}.{T}', T='bhsd'),
        dict(insn='clasta {w0}, {pg}, {w0}, {zm}.{T}', T='bhs'),
        dict(insn='clastb {w0}, {pg}, {w0}, {zm}.{T}', T='bhs'),
        dict(insn='clasta {x0}, {pg}, {x0}, {zm}.d', T='d'),
        dict(insn='clastb {x0}, {pg}, {x0}, {zm}.d', T='d'),
        dict(insn='splice {zd}.{T}, {pg}, {zd}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='splice {zd}.{T}, {pg}, {{ {zt}.{T}, {zt+1}.{T} }}', T='bhsd'),
        dict(insn='splice {zt+1}.{T}, {pg}, {{ {zt}.{T}, {zt+1}.{T} }}', T='bhsd'),
        dict(insn='revb {zd}.{T}, {pg}/m, {zn}.{T}', T='hsd'),
        dict(insn='revh {zd}.{T}, {pg}/m, {zn}.{T}', T='sd'),
        dict(insn='revw {zd}.d, {pg}/m, {zn}.d', T='d'),
        dict(insn='rbit {zd}.{T}, {pg}/m, {zn}.{T}', T='bhsd'),
        dict(insn='rbit {zd}.{T}, {pg}/m, {zd}.{T}', T='bhsd'),
        dict(insn='revd {zd}.q, {pg}/m, {zn}.q', T='q'),
        dict(insn='sel {zd}.{T}, {pg}, {zn}.{T}, {zm}.{T}', T='bhsd'),
        dict(insn='mov {zd}.{T}, {pg}/m, {zn}.{T}', T='bhsd'),
    ],
)
