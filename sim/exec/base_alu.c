/* sim/exec/base_alu.c — base A64 integer arithmetic and moves: ADD/SUB
 * (immediate and shifted register, with flags), ORR, MOVZ/MOVN/MOVK, UBFM,
 * LSLV/LSRV, MADD/MSUB, ADR/ADRP.  Semantics after the Arm ARM's
 * pseudocode for each.
 */
#include "sim/exec/exec.h"

/* add x0, x1, #imm{, lsl #12} — and adds/sub/subs, 32 and 64 bits */
EXEC(ADDSUB_imm)
{
    (void)rec;
    uint64_t op1 = xsp(cpu, F.rn), op2 = (uint64_t)F.imm12 << F.sh12;
    uint32_t nzcv;
    uint64_t r = F.op ? add_with_carry(op1, ~op2, 1, F.sf, &nzcv)
                      : add_with_carry(op1, op2, 0, F.sf, &nzcv);
    if (F.setflags) {
        cpu->nzcv = nzcv;
        xw(cpu, F.rd, r);
    } else {
        xwsp(cpu, F.rd, r);
    }
    return SMESIM_OK;
}

/* add x0, x1, x2{, lsl #n} — and adds/sub/subs */
EXEC(ADDSUB_reg)
{
    (void)rec;
    uint64_t op1 = xr(cpu, F.rn), op2 = shift_reg(xr(cpu, F.rm), F.shift, F.imm6, F.sf);
    uint32_t nzcv;
    uint64_t r = F.op ? add_with_carry(op1, ~op2, 1, F.sf, &nzcv)
                      : add_with_carry(op1, op2, 0, F.sf, &nzcv);
    if (F.setflags) cpu->nzcv = nzcv;
    xw(cpu, F.rd, r);
    return SMESIM_OK;
}

/* orr x0, x1, x2{, ror #n} */
EXEC(ORR_reg)
{
    (void)rec;
    xw(cpu, F.rd, trunc_sf(xr(cpu, F.rn) | shift_reg(xr(cpu, F.rm), F.shift, F.imm6, F.sf), F.sf));
    return SMESIM_OK;
}

/* movz/movn/movk x0, #imm16{, lsl #hw} */
EXEC(MOVW)
{
    (void)rec;
    uint64_t imm = (uint64_t)F.imm16 << F.hw, r;
    switch (F.opc) {
    case 0: r = ~imm; break;                                            /* MOVN */
    case 2: r = imm; break;                                             /* MOVZ */
    default: r = (xr(cpu, F.rd) & ~((uint64_t)0xffff << F.hw)) | imm;   /* MOVK */
    }
    xw(cpu, F.rd, trunc_sf(r, F.sf));
    return SMESIM_OK;
}

/* ubfm x0, x1, #immr, #imms (lsl, lsr, ubfx, ubfiz, uxtb, uxth) */
EXEC(UBFM)
{
    (void)rec;
    unsigned size = F.sf ? 64 : 32;
    uint64_t src = trunc_sf(xr(cpu, F.rn), F.sf), r;
    unsigned immr = (unsigned)F.immr, imms = (unsigned)F.imms;
    if (imms >= immr) {                         /* extract bits imms..immr */
        unsigned w = imms - immr + 1;
        r = (src >> immr) & (w == 64 ? ~(uint64_t)0 : (((uint64_t)1 << w) - 1));
    } else {                                    /* insert low imms+1 bits at size-immr */
        unsigned w = imms + 1;
        r = (src & (((uint64_t)1 << w) - 1)) << (size - immr);
    }
    xw(cpu, F.rd, trunc_sf(r, F.sf));
    return SMESIM_OK;
}

/* lsl/lsr x0, x1, x2 (LSLV, LSRV) */
EXEC(SHIFTV)
{
    (void)rec;
    xw(cpu, F.rd, shift_reg(xr(cpu, F.rn), F.op, (int64_t)xr(cpu, F.rm), F.sf));
    return SMESIM_OK;
}

/* madd/msub x0, x1, x2, x3 (mul, mneg) */
EXEC(MADD)
{
    (void)rec;
    uint64_t prod = xr(cpu, F.rn) * xr(cpu, F.rm), a = xr(cpu, F.ra);
    xw(cpu, F.rd, trunc_sf(F.sub ? a - prod : a + prod, F.sf));
    return SMESIM_OK;
}

/* adr x0, label */
EXEC(ADR)
{
    (void)rec;
    xw(cpu, F.rd, cpu->pc + (uint64_t)F.off);
    return SMESIM_OK;
}

/* adrp x0, label */
EXEC(ADRP)
{
    (void)rec;
    xw(cpu, F.rd, (cpu->pc & ~(uint64_t)0xfff) + ((uint64_t)F.off << 12));
    return SMESIM_OK;
}

/* nop */
EXEC(NOP)
{
    (void)cpu;
    (void)d;
    (void)rec;
    return SMESIM_OK;
}
