/* sim/exec/sve_pred_misc.c — SVE predicate odds and ends: PTEST, PFALSE,
 * PFIRST and PNEXT.  The first-fault register (RDFFR, SETFFR, WRFFR) is
 * sim/exec/sve_ffr.c.
 */
#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* ptest p0, p1.b (PTEST): NZCV = PredTest(Pg, Pn, 8) */
EXEC(PTEST)
{
    unsigned n = smesim_cpu_vl(cpu);
    cpu->nzcv = smesim_pred_test(cpu->p[F.pg], cpu->p[F.pn], 0, n);
    rec->active = n;
    return SMESIM_OK;
}

/* pfalse p0.b (PFALSE) */
EXEC(PFALSE)
{
    (void)rec;
    memset(cpu->p[F.pd], 0, sizeof cpu->p[0]);
    return SMESIM_OK;
}

/* pfirst p0.b, p1, p0.b (PFIRST): sets the first active element of Pg in
 * Pdn; NZCV = PredTest(Pg, result, 8) */
EXEC(PFIRST)
{
    unsigned n = smesim_cpu_vl(cpu);
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, mask[SMESIM_MAX_VL / 8];
    memcpy(mask, cpu->p[F.pg], sizeof mask);
    memcpy(res, cpu->p[F.pd], n / 8);
    for (unsigned e = 0; e < n; e++)
        if (pred_active(mask, 0, e)) {
            pred_set(res, 0, e, 1);
            break;
        }
    perm_pwrite(cpu, F.pd, res);
    cpu->nzcv = smesim_pred_test(mask, res, 0, n);
    rec->active = n;
    return SMESIM_OK;
}

/* pnext p0.s, p1, p0.s (PNEXT): the result holds only the next active
 * element of Pv after the last active element of Pdn (by Pdn's own lowest
 * bits), or nothing; NZCV = PredTest(Pv, result, esize) */
EXEC(PNEXT)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, mask[SMESIM_MAX_VL / 8];
    memcpy(mask, cpu->p[F.pg], sizeof mask);
    unsigned next = (unsigned)(perm_last_active(cpu->p[F.pd], esz, n) + 1);
    while (next < n && !pred_active(mask, esz, next)) next++;
    if (next < n) pred_set(res, esz, next, 1);
    perm_pwrite(cpu, F.pd, res);
    cpu->nzcv = smesim_pred_test(mask, res, esz, n);
    rec->active = n;
    return SMESIM_OK;
}
