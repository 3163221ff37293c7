# tests/diff/families/modes.py — the PSTATE.SM and PSTATE.ZA rules of
# SMSTART, SMSTOP and MSR SVCR (decode/isa/base_system.decode).  The Arm
# ARM's SetPSTATE_SM calls ResetSVEState when SM changes: Z, P and FFR
# become zero, FPSR 0x0800009f (and FPMR zero); SetPSTATE_ZA calls
# ResetSMEState when ZA becomes 1: ZA and ZT0 zero (ZT0 is loaded and
# dumped with ZA); nothing is zeroed when the bit does not change.  Each
# case loads random state in the mode it starts from and dumps everything
# in the mode it ends in (`after`).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['base_system', 'sme_ctl'],
    mode='sve',
    kind='raw',
    za_kind='raw',
    zt0=True,
    done=True,
    cases=[
        dict(insn='smstart sm', after='ssve'),
        dict(insn='smstart', after='sme'),
        dict(insn='smstart za', after='za'),
        dict(mode='ssve', insn='smstop sm', after='sve'),
        dict(mode='ssve', insn='smstart sm', after='ssve'),
        dict(mode='ssve', insn='smstart za', after='sme'),
        dict(mode='sme', insn='smstop za', after='ssve'),
        dict(mode='sme', insn='smstop', after='sve'),
        dict(mode='sme', insn='smstop sm', after='za'),
        dict(mode='sme', insn='smstart', after='sme'),
        dict(mode='sme', insn='smstart za', after='sme'),
        dict(mode='za', insn='smstart sm', after='sme'),
        dict(mode='za', insn='smstop za', after='sve'),
        dict(mode='za', insn='smstart za', after='za'),
        dict(insn='msr SVCR, {xn}', xvals={'xn': (3, 3)}, after='sme'),
        dict(mode='sme', insn='msr SVCR, {xn}', xvals={'xn': (1, 1)}, after='ssve'),
        dict(mode='sme', insn='msr SVCR, {xn}', xvals={'xn': (2, 2)}, after='za'),
        dict(mode='ssve', insn='msr SVCR, {xn}', xvals={'xn': (0, 0)}, after='sve'),
        dict(mode='sme', insn='mrs {xd}, SVCR', after='sme'),
        dict(mode='ssve', insn=['rdsvl {xd}, #{imm:-32:31}', 'addsvl {xn}, {xn}, #{imm2:-32:31}',
                                 'addspl {xm}, {xm}, #{imm3:-32:31}'], after='ssve'),
    ],
)
