/* sim/exec/sve_ffr.c — the first-fault register: RDFFR (unpredicated),
 * RDFFR/RDFFRS (predicated, zeroing), SETFFR, WRFFR.  FFR is a predicate of
 * PL bits held like P0-P15; the bytes above the current length stay zero.
 */
#include "sim/exec/exec.h"

/* rdffr p0.b: the Arm ARM's RDFFR (unpredicated), P[d] = FFR[] */
EXEC(RDFFR)
{
    (void)rec;
    memcpy(cpu->p[F.pd], cpu->ffr, sizeof cpu->ffr);
    return SMESIM_OK;
}

/* P[d] = FFR AND P[g], the bytes above PL zero; the mask is returned */
static void rdffr_p(smesim_cpu *cpu, int64_t pd, int64_t pg, uint8_t *mask, uint8_t *res)
{
    unsigned pl = smesim_cpu_vl(cpu) / 8;
    memcpy(mask, cpu->p[pg], SMESIM_MAX_VL / 8);
    memset(res, 0, SMESIM_MAX_VL / 8);
    for (unsigned i = 0; i < pl; i++) res[i] = cpu->ffr[i] & mask[i];
    memcpy(cpu->p[pd], res, SMESIM_MAX_VL / 8);
}

/* rdffr p0.b, p1/z: RDFFR (predicated), P[d] = FFR AND P[g] */
EXEC(RDFFR_z)
{
    (void)rec;
    uint8_t mask[SMESIM_MAX_VL / 8], res[SMESIM_MAX_VL / 8];
    rdffr_p(cpu, F.pd, F.pg, mask, res);
    return SMESIM_OK;
}

/* rdffrs p0.b, p1/z: RDFFRS, as RDFFR and NZCV = PredTest(mask, result, 8) */
EXEC(RDFFRS_z)
{
    (void)rec;
    uint8_t mask[SMESIM_MAX_VL / 8], res[SMESIM_MAX_VL / 8];
    rdffr_p(cpu, F.pd, F.pg, mask, res);
    cpu->nzcv = smesim_pred_test(mask, res, 0, smesim_cpu_vl(cpu));
    return SMESIM_OK;
}

/* setffr: SETFFR, FFR[] = Ones(PL) */
EXEC(SETFFR)
{
    (void)rec;
    unsigned pl = smesim_cpu_vl(cpu) / 8;
    memset(cpu->ffr, 0, sizeof cpu->ffr);
    memset(cpu->ffr, 0xff, pl);
    return SMESIM_OK;
}

/* wrffr p0.b: WRFFR, FFR[] = P[n] */
EXEC(WRFFR)
{
    (void)rec;
    memcpy(cpu->ffr, cpu->p[F.pn], sizeof cpu->ffr);
    return SMESIM_OK;
}
