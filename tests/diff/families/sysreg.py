# tests/diff/families/sysreg.py — MRS and MSR of NZCV, FPCR, FPSR and FPMR
# (decode/isa/base_system.decode): the bits each register keeps (FPCR's
# trap enables read as zero on qemu's `-cpu max`, Len and Stride are kept).
# Format: docs/diff-tests.md.
FAMILY = dict(
    decode=['base_system'],
    mode='base',
    cases=[
        dict(insn=['msr nzcv, {xn}', 'mrs {xd}, nzcv']),
        dict(insn=['msr fpcr, {xn}', 'mrs {xd}, fpcr', 'msr fpcr, xzr']),
        dict(insn=['msr fpsr, {xn}', 'mrs {xd}, fpsr']),
        # FPMR: only its defined fields (qemu keeps RES0 bits as written)
        dict(insn=['msr fpmr, {xn}', 'mrs {xd}, fpmr'], xvals={'xn': (0, 0x3f)}),
        dict(insn=['msr fpmr, {xn}', 'mrs {xd}, fpmr', 'smstart sm', 'mrs {xm}, fpmr', 'smstop sm'],
             xvals={'xn': (1, 0x3f)}),
    ],
)
