# tests/diff/families/sysreg.py — MRS and MSR of NZCV, FPCR, FPSR and FPMR
# (decode/isa/base_system.decode): the bits each register keeps (FPCR's
# trap enables read as zero on qemu's `-cpu max`, Len and Stride are kept).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['base_system'],
    mode='base',
    cases=[
        dict(insn=['msr NZCV, {xn}', 'mrs {xd}, NZCV']),
        dict(insn=['msr FPCR, {xn}', 'mrs {xd}, FPCR', 'msr FPCR, xzr']),
        dict(insn=['msr FPSR, {xn}', 'mrs {xd}, FPSR']),
        # FPMR: only its defined fields (qemu keeps RES0 bits as written)
        dict(insn=['msr FPMR, {xn}', 'mrs {xd}, FPMR'], xvals={'xn': (0, 0x3f)}),
        dict(insn=['msr FPMR, {xn}', 'mrs {xd}, FPMR', 'smstart sm', 'mrs {xm}, FPMR', 'smstop sm'],
             xvals={'xn': (1, 0x3f)}),
    ],
)
