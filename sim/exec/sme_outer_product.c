/* sim/exec/sme_outer_product.c — FMOPA / FMOPS, single precision,
 * non-widening: ZA[t][i][j] += (-)Zn[i] * Zm[j] where Pn[i] and Pm[j] are
 * active, one fused multiply-add per element.  ZA-targeting floating point
 * uses the default NaN and raises no exceptions (the Arm ARM's
 * FPMulAdd_ZA: FPCR.DN forced to 1, FPSR untouched).
 */
#include <math.h>

#include "sim/exec/exec.h"

static float fmadd_za(float a, float b, float c)
{
    float r = fmaf(a, b, c);
    if (isnan(r)) {
        uint32_t dn = 0x7fc00000u;   /* FPDefaultNaN */
        memcpy(&r, &dn, 4);
    }
    return r;
}

/* fmopa za0.s, p0/m, p1/m, z0.s, z1.s  (fmops with sub=1) */
EXEC(FMOP_s)
{
    unsigned dim = cpu->svl / 4, tile = (unsigned)F.zada;
    const uint8_t *pn = cpu->p[F.pn], *pm = cpu->p[F.pm];
    const uint8_t *zn = cpu->z[F.zn], *zm = cpu->z[F.zm];
    unsigned active = 0;
    for (unsigned i = 0; i < dim; i++) {
        if (!pred_active(pn, 2, i)) continue;
        float a;
        memcpy(&a, zn + 4 * i, 4);
        if (F.sub) a = -a;
        uint8_t *row = cpu->za[i * 4 + tile];
        for (unsigned j = 0; j < dim; j++) {
            if (!pred_active(pm, 2, j)) continue;
            float b, c;
            memcpy(&b, zm + 4 * j, 4);
            memcpy(&c, row + 4 * j, 4);
            c = fmadd_za(a, b, c);
            memcpy(row + 4 * j, &c, 4);
            active++;
        }
    }
    rec->active = active;
    return SMESIM_OK;
}
