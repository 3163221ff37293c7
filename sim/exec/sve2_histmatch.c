/* sim/exec/sve2_histmatch.c — SVE2 histograms and character matches:
 * HISTCNT, HISTSEG, MATCH, NMATCH (decode/isa/sve2_histmatch.decode; not
 * legal in streaming mode without FA64, which dispatch checks).
 */
#include "sim/exec/exec.h"

/* histcnt z0.s, p0/z, z1.s, z2.s — HISTCNT: for each active element e of
 * Zn, the number of active elements i <= e of Zm equal to it; inactive
 * elements are zero */
EXEC(s2_histcnt)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz, active = 0;
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *zn = cpu->z[F.zn], *zm = cpu->z[F.zm], *pg = cpu->p[F.pg];
    for (unsigned e = 0; e < n; e++) {
        uint64_t count = 0;
        if (pred_active(pg, esz, e)) {
            active++;
            uint64_t x = elem_get(zn, esz, e);
            for (unsigned i = 0; i <= e; i++)
                count += pred_active(pg, esz, i) && elem_get(zm, esz, i) == x;
        }
        elem_set(res, esz, e, count);
    }
    memcpy(cpu->z[F.zd], res, (size_t)n << esz);
    rec->active = active;
    return SMESIM_OK;
}

/* histseg z0.b, z1.b, z2.b — HISTSEG: for each byte of Zn, the number of
 * bytes of the same 128-bit segment of Zm equal to it */
EXEC(s2_histseg)
{
    unsigned vl = smesim_cpu_vl(cpu);
    uint8_t res[SMESIM_MAX_VL];
    const uint8_t *zn = cpu->z[F.zn], *zm = cpu->z[F.zm];
    for (unsigned e = 0; e < vl; e++) {
        unsigned count = 0, base = e & ~15u;
        for (unsigned i = 0; i < 16; i++) count += zm[base + i] == zn[e];
        res[e] = (uint8_t)count;
    }
    memcpy(cpu->z[F.zd], res, vl);
    rec->active = vl;
    return SMESIM_OK;
}

/* MATCH/NMATCH: an active element of Zn is true when it equals (MATCH) or
 * equals none of (NMATCH) the elements of the same 128-bit segment of Zm;
 * inactive ones are false; NZCV = PredTest(Pg, Pd, esize) */
static smesim_status match(smesim_cpu *cpu, const struct smesim_args_s2_match *a, int neg, smesim_rec *rec)
{
    unsigned esz = (unsigned)a->esz, vl = smesim_cpu_vl(cpu), n = vl >> esz, per = 16u >> esz;
    unsigned active = 0;
    uint8_t res[SMESIM_MAX_VL / 8] = {0};
    const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(pg, esz, e)) continue;
        active++;
        uint64_t x = elem_get(zn, esz, e);
        int found = 0;
        for (unsigned i = e - e % per; i < e - e % per + per; i++) found |= elem_get(zm, esz, i) == x;
        pred_set(res, esz, e, found != neg);
    }
    memcpy(cpu->p[a->pd], res, vl / 8);
    cpu->nzcv = smesim_pred_test(pg, res, esz, n);
    rec->active = active;
    return SMESIM_OK;
}

/* match p0.b, p1/z, z1.b, z2.b */
EXEC(s2_match) { return match(cpu, &F, 0, rec); }
/* nmatch p0.b, p1/z, z1.b, z2.b */
EXEC(s2_nmatch) { return match(cpu, &F, 1, rec); }
