/* sim/exec/sve_ldst.c — the SVE contiguous loads and stores whose element
 * size the pattern fixes: LD1W/LD1D/ST1W/ST1D into quadword elements
 * (SVE2.1), LDNT1/STNT1 (contiguous), LD2-LD4/ST2-ST4 and LD2Q-ST4Q,
 * LD1RQ* and LD1RO*.  Each is a thin body over the templates of
 * sim/exec/shape_mem.h (where the rest of the family are shapes).
 */
#include "sim/exec/shape_mem.h"

#define SS_BASE (xsp(cpu, F.rn) + (xr(cpu, F.rm) << F.msz))

/* ld1w { z0.q }, p0/z, [x0, x1, lsl #2]: LD1W (scalar plus scalar, 128-bit
 * elements), each word zero-extended to its quadword */
EXEC(LD1_ss)
{
    return smesim_ld_contig(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.esz, (unsigned)F.msz,
                            (int)F.sx, 1);
}

/* ld1w { z0.q }, p0/z, [x0{, #imm, mul vl}]: base + imm * elements * mbytes */
EXEC(LD1_si)
{
    uint64_t step = (uint64_t)(smesim_cpu_vl(cpu) >> F.esz) << F.msz;
    return smesim_ld_contig(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm4 * step, F.zt, cpu->p[F.pg],
                            (unsigned)F.esz, (unsigned)F.msz, (int)F.sx, 1);
}

/* st1w { z0.q }, p0, [x0, x1, lsl #2]: ST1W (scalar plus scalar, 128-bit elements) */
EXEC(ST1_ss)
{
    return smesim_st_contig(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.esz, (unsigned)F.msz, 1);
}

/* st1w { z0.q }, p0, [x0{, #imm, mul vl}] */
EXEC(ST1_si)
{
    uint64_t step = (uint64_t)(smesim_cpu_vl(cpu) >> F.esz) << F.msz;
    return smesim_st_contig(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm4 * step, F.zt, cpu->p[F.pg],
                            (unsigned)F.esz, (unsigned)F.msz, 1);
}

/* ldnt1w { z0.s }, p0/z, [x0, x1, lsl #2]: LDNT1W (scalar plus scalar); the
 * non-temporal hint changes nothing here; esize = msize */
EXEC(LDNT1_ss)
{
    return smesim_ld_contig(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz, 0, 1);
}

/* ldnt1w { z0.s }, p0/z, [x0{, #imm, mul vl}]: base + imm * VL bytes */
EXEC(LDNT1_si)
{
    return smesim_ld_contig(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm4 * smesim_cpu_vl(cpu), F.zt,
                            cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz, 0, 1);
}

/* stnt1w { z0.s }, p0, [x0, x1, lsl #2] */
EXEC(STNT1_ss)
{
    return smesim_st_contig(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz, 1);
}

/* stnt1w { z0.s }, p0, [x0{, #imm, mul vl}] */
EXEC(STNT1_si)
{
    return smesim_st_contig(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm4 * smesim_cpu_vl(cpu), F.zt,
                            cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz, 1);
}

/* ld3w { z0.s - z2.s }, p0/z, [x0, x1, lsl #2]: LD2*-LD4*, LD2Q-LD4Q
 * (scalar plus scalar); element e of register r is at (e * nreg + r) */
EXEC(LDN_ss)
{
    return smesim_ld_contig(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz, 0,
                            (unsigned)F.nreg);
}

/* ld3w { z0.s - z2.s }, p0/z, [x0{, #imm, mul vl}]: imm is already a
 * multiple of nreg; base + imm * elements * mbytes = base + imm * VL */
EXEC(LDN_si)
{
    return smesim_ld_contig(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm * smesim_cpu_vl(cpu), F.zt,
                            cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz, 0, (unsigned)F.nreg);
}

/* st3w { z0.s - z2.s }, p0, [x0, x1, lsl #2]: ST2*-ST4*, ST2Q-ST4Q */
EXEC(STN_ss)
{
    return smesim_st_contig(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz,
                            (unsigned)F.nreg);
}

/* st3w { z0.s - z2.s }, p0, [x0{, #imm, mul vl}] */
EXEC(STN_si)
{
    return smesim_st_contig(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm * smesim_cpu_vl(cpu), F.zt,
                            cpu->p[F.pg], (unsigned)F.msz, (unsigned)F.msz, (unsigned)F.nreg);
}

/* ld1rqw { z0.s }, p0/z, [x0, x1, lsl #2]: LD1RQW (scalar plus scalar) */
EXEC(LD1RQ_ss)
{
    return smesim_ld1rq(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.msz, 16);
}

/* ld1rqw { z0.s }, p0/z, [x0{, #imm}]: imm a multiple of 16 */
EXEC(LD1RQ_si)
{
    return smesim_ld1rq(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm, F.zt, cpu->p[F.pg], (unsigned)F.msz, 16);
}

/* ld1row { z0.s }, p0/z, [x0, x1, lsl #2]: LD1ROW (scalar plus scalar) */
EXEC(LD1RO_ss)
{
    return smesim_ld1rq(cpu, rec, SS_BASE, F.zt, cpu->p[F.pg], (unsigned)F.msz, 32);
}

/* ld1row { z0.s }, p0/z, [x0{, #imm}]: imm a multiple of 32 */
EXEC(LD1RO_si)
{
    return smesim_ld1rq(cpu, rec, xsp(cpu, F.rn) + (uint64_t)F.imm, F.zt, cpu->p[F.pg], (unsigned)F.msz, 32);
}
