/* sim/exec/sme_outer_product.c — FMOPA / FMOPS, single precision,
 * non-widening: ZA[t][i][j] = FPMulAdd_ZA(ZA[t][i][j], (-)Zn[i], Zm[j])
 * where Pn[i] and Pm[j] are active: one fused multiply-add per element,
 * through sim/fp/ in ZA mode (default NaN forced, FPSR untouched).
 */
#include "sim/exec/exec.h"
#include "sim/fp/fp.h"

/* fmopa za0.s, p0/m, p1/m, z0.s, z1.s  (fmops with sub=1) */
EXEC(FMOP_s)
{
    smesim_fpenv env = smesim_fpenv_make((uint32_t)cpu->fpcr, 0, SMESIM_FPENV_ZA);
    unsigned dim = cpu->svl / 4, tile = (unsigned)F.zada;
    const uint8_t *pn = cpu->p[F.pn];
    const uint8_t *zn = cpu->z[F.zn], *zm = cpu->z[F.zm];
    const uint8_t *pm = cpu->p[F.pm];
    unsigned active = 0;
    for (unsigned i = 0; i < dim; i++) {
        if (!pred_active(pn, 2, i)) continue;
        uint32_t a = (uint32_t)elem_get(zn, 2, i);
        if (F.sub) a = (uint32_t)smesim_fp_neg(SMESIM_FP32, a, &env);   /* FPNeg */
        active += smesim_fp32_muladd_row(cpu->za[i * 4 + tile], a, zm, pm, dim, &env);
    }
    rec->active = active;
    return SMESIM_OK;
}
