/* sim/exec/sve_count.c — element counts: CNT[BHWD], INC[BHWD] and DEC[BHWD]
 * of an X register, ADDVL, ADDPL and RDVL, the saturating SQINC/UQINC/
 * SQDEC/UQDEC of an X register.  All use the vector length in effect (SVL
 * in streaming mode); the vector forms are shapes (zcnt in
 * sim/exec/shape_x_int.h).
 */
#include "sim/exec/shape_x_int.h"

static uint64_t count(const smesim_cpu *cpu, const struct smesim_args_cnt *args_)
{
    unsigned elems = smesim_cpu_vl(cpu) >> F.esz;
    return (uint64_t)smesim_pred_count(F.pattern, elems) * (uint64_t)F.imm4p1;
}

/* cntw x0{, pattern{, mul #imm}} */
EXEC(CNT)
{
    (void)rec;
    xw(cpu, F.rd, count(cpu, args_));
    return SMESIM_OK;
}

/* incw/decw x0{, pattern{, mul #imm}} */
EXEC(INCDEC)
{
    (void)rec;
    uint64_t c = count(cpu, args_), v = xr(cpu, F.rd);
    xw(cpu, F.rd, F.dec ? v - c : v + c);
    return SMESIM_OK;
}

/* addvl/addpl x0, x1, #imm */
EXEC(ADDVL)
{
    (void)rec;
    uint64_t unit = F.pl ? smesim_cpu_vl(cpu) / 8 : smesim_cpu_vl(cpu);
    xwsp(cpu, F.rd, xsp(cpu, F.rn) + (uint64_t)F.imm6 * unit);
    return SMESIM_OK;
}

/* rdvl x0, #imm — imm * VL in bytes (CurrentVL: SVL in streaming mode) */
EXEC(RDVL)
{
    (void)rec;
    xw(cpu, F.rd, (uint64_t)F.imm6 * smesim_cpu_vl(cpu));
    return SMESIM_OK;
}

/* The saturating counts of a scalar: SatQ(Int(X[dn]<ssize-1:0>) +/- count,
 * ssize) with ssize 32 (sf=0) or 64, then X[dn] = Extend(result, 64,
 * unsigned): the 32-bit signed forms sign-extend, the unsigned zero-extend. */
static inline uint64_t count_of(const smesim_cpu *cpu, const smesim_argsof_SQINC_x *args_)
{
    return (uint64_t)smesim_pred_count(F.pattern, smesim_cpu_vl(cpu) >> F.esz) * (uint64_t)F.imm4p1;
}

/* sqincw x0{, pattern{, mul #imm}} or sqincw x0, w0{, ...} */
EXEC(SQINC_x)
{
    (void)rec;
    unsigned e = F.sf ? 3 : 2;
    xw(cpu, F.rdn, (uint64_t)smesim_sext(e, smesim_sqadd_n(e, xr(cpu, F.rdn), count_of(cpu, args_))));
    return SMESIM_OK;
}

/* sqdecw x0{, pattern{, mul #imm}} or sqdecw x0, w0{, ...} */
EXEC(SQDEC_x)
{
    (void)rec;
    unsigned e = F.sf ? 3 : 2;
    xw(cpu, F.rdn, (uint64_t)smesim_sext(e, smesim_sqsub_n(e, xr(cpu, F.rdn), count_of(cpu, args_))));
    return SMESIM_OK;
}

/* uqincw x0 or w0{, pattern{, mul #imm}} */
EXEC(UQINC_x)
{
    (void)rec;
    unsigned e = F.sf ? 3 : 2;
    uint64_t v = trunc_sf(xr(cpu, F.rdn), F.sf);
    xw(cpu, F.rdn, smesim_uqadd(e, v, count_of(cpu, args_)));
    return SMESIM_OK;
}

/* uqdecw x0 or w0{, pattern{, mul #imm}} */
EXEC(UQDEC_x)
{
    (void)rec;
    unsigned e = F.sf ? 3 : 2;
    uint64_t v = trunc_sf(xr(cpu, F.rdn), F.sf);
    xw(cpu, F.rdn, smesim_uqsub(e, v, count_of(cpu, args_)));
    return SMESIM_OK;
}
