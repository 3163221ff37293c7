/* sim/exec/sve_pred_logic.c — SVE predicate logic: AND, BIC, EOR, ORR,
 * ORN, NOR, NAND (zeroing by Pg, and their flag-setting S forms), SEL, and
 * the breaks BRKA, BRKB, BRKN, BRKPA, BRKPB (+S).  All work on byte
 * elements (esize 8): one predicate bit per byte.
 */
#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* and p0.b, p1/z, p2.b, p3.b (AND ... NAND (predicates), ANDS ... NANDS):
 * result = Pg AND op(Pn, Pm); S forms NZCV = PredTest(Pg, result, 8).
 * op: 0 AND, 1 BIC, 2 EOR, 3 ORR, 4 ORN, 5 NOR, 6 NAND */
EXEC(PLOG)
{
    unsigned pl = smesim_cpu_vl(cpu) / 8;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, mask[SMESIM_MAX_VL / 8] = { 0 };
    const uint8_t *pn = cpu->p[F.pn], *pm = cpu->p[F.pm];
    memcpy(mask, cpu->p[F.pg], pl);
    for (unsigned i = 0; i < pl; i++) {
        uint8_t a = pn[i], b = pm[i], r;
        switch (F.op) {
        case 0: r = a & b; break;
        case 1: r = a & (uint8_t)~b; break;
        case 2: r = a ^ b; break;
        case 3: r = a | b; break;
        case 4: r = a | (uint8_t)~b; break;
        case 5: r = (uint8_t)~(a | b); break;
        default: r = (uint8_t)~(a & b); break;
        }
        res[i] = r & mask[i];
    }
    perm_pwrite(cpu, F.pd, res);
    if (F.s) cpu->nzcv = smesim_pred_test(mask, res, 0, pl * 8);
    rec->active = pl * 8;
    return SMESIM_OK;
}

/* sel p0.b, p1, p2.b, p3.b (SEL (predicates)): Pg ? Pn : Pm per bit */
EXEC(SEL_p)
{
    unsigned pl = smesim_cpu_vl(cpu) / 8;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 };
    const uint8_t *pg = cpu->p[F.pg], *pn = cpu->p[F.pn], *pm = cpu->p[F.pm];
    for (unsigned i = 0; i < pl; i++) res[i] = (uint8_t)((pg[i] & pn[i]) | (~pg[i] & pm[i]));
    perm_pwrite(cpu, F.pd, res);
    rec->active = pl * 8;
    return SMESIM_OK;
}

/* LastActive(mask, x, 8): x's bit at the last active element of mask, or 0 */
static int last_active_bit(const uint8_t *mask, const uint8_t *x, unsigned n)
{
    int last = perm_last_active(mask, 0, n);
    return last >= 0 && pred_active(x, 0, (unsigned)last);
}

/* brkpa p0.b, p1/z, p2.b, p3.b (BRKPA, BRKPB, +S): last = LastActive(Pg,
 * Pn); for the active elements, BRKPA sets the bit then clears `last` at a
 * true Pm element, BRKPB clears first.  op: 0 BRKPA, 1 BRKPB */
EXEC(BRKP)
{
    unsigned n = smesim_cpu_vl(cpu);
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, mask[SMESIM_MAX_VL / 8];
    const uint8_t *pn = cpu->p[F.pn], *pm = cpu->p[F.pm];
    memcpy(mask, cpu->p[F.pg], sizeof mask);
    int last = last_active_bit(mask, pn, n);
    uint8_t op2[SMESIM_MAX_VL / 8];
    memcpy(op2, pm, sizeof op2);
    for (unsigned e = 0; e < n; e++) {
        if (!pred_active(mask, 0, e)) continue;
        if (F.op) last = last && !pred_active(op2, 0, e);
        pred_set(res, 0, e, last);
        if (!F.op) last = last && !pred_active(op2, 0, e);
    }
    perm_pwrite(cpu, F.pd, res);
    if (F.s) cpu->nzcv = smesim_pred_test(mask, res, 0, n);
    rec->active = n;
    return SMESIM_OK;
}

/* brka p0.b, p1/z, p2.b (BRKA, BRKB, zeroing or merging; BRKAS, BRKBS):
 * active elements are true up to (BRKA: including; BRKB: excluding) the
 * first active true element of Pn; inactive ones are 0 or (merging) Pd's */
EXEC(BRK)
{
    unsigned n = smesim_cpu_vl(cpu);
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, mask[SMESIM_MAX_VL / 8], op[SMESIM_MAX_VL / 8];
    const uint8_t *old = cpu->p[F.pd];
    memcpy(mask, cpu->p[F.pg], sizeof mask);
    memcpy(op, cpu->p[F.pn], sizeof op);
    int brk = 0;
    for (unsigned e = 0; e < n; e++) {
        if (pred_active(mask, 0, e)) {
            int el = pred_active(op, 0, e);
            if (F.b) brk = brk || el;
            pred_set(res, 0, e, !brk);
            if (!F.b) brk = brk || el;
        } else if (F.m) {
            pred_set(res, 0, e, pred_active(old, 0, e));
        }
    }
    perm_pwrite(cpu, F.pd, res);
    if (F.s) cpu->nzcv = smesim_pred_test(mask, res, 0, n);
    rec->active = n;
    return SMESIM_OK;
}

/* brkn p0.b, p1/z, p2.b, p0.b (BRKN, BRKNS): Pdm is kept when the last
 * active element of Pn (under Pg) is true, else zeroed; BRKNS sets NZCV =
 * PredTest(Ones, result, 8) */
EXEC(BRKN)
{
    unsigned n = smesim_cpu_vl(cpu), pl = n / 8;
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, ones[SMESIM_MAX_VL / 8];
    if (last_active_bit(cpu->p[F.pg], cpu->p[F.pn], n)) memcpy(res, cpu->p[F.pd], pl);
    perm_pwrite(cpu, F.pd, res);
    memset(ones, 0xff, sizeof ones);
    if (F.s) cpu->nzcv = smesim_pred_test(ones, res, 0, n);
    rec->active = n;
    return SMESIM_OK;
}
