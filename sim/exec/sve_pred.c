/* sim/exec/sve_pred.c — SVE predicate set-up: PTRUE/PTRUES and the WHILE
 * family (LT, LE, LO, LS), with the shared Arm ARM helpers PredTest and
 * DecodePredCount.
 */
#include "sim/exec/exec.h"

uint32_t smesim_pred_test(const uint8_t *mask, const uint8_t *result, unsigned esz, unsigned elems)
{
    int first = -1, last = -1, any = 0;
    for (unsigned e = 0; e < elems; e++) {
        if (!pred_active(mask, esz, e)) continue;
        int r = pred_active(result, esz, e);
        if (first < 0) first = r;
        last = r;
        any |= r;
    }
    return NZCV(first == 1, !any, last != 1, 0);
}

unsigned smesim_pred_count(int64_t pattern, unsigned elems)
{
    switch (pattern) {
    case 0: {                                    /* POW2 */
        unsigned p = 1;
        while (p * 2 <= elems) p *= 2;
        return elems ? p : 0;
    }
    case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8:   /* VL1..VL8 */
        return elems >= (unsigned)pattern ? (unsigned)pattern : 0;
    case 9: case 10: case 11: case 12: case 13: {                     /* VL16..VL256 */
        unsigned n = 16u << (pattern - 9);
        return elems >= n ? n : 0;
    }
    case 29: return elems - elems % 4;           /* MUL4 */
    case 30: return elems - elems % 3;           /* MUL3 */
    case 31: return elems;                       /* ALL */
    default: return 0;                           /* unallocated: #uimm5 */
    }
}

/* ptrue p0.s{, pattern} and ptrues */
EXEC(PTRUE)
{
    (void)rec;
    unsigned esz = (unsigned)F.esz, elems = smesim_cpu_vl(cpu) >> esz;
    unsigned count = smesim_pred_count(F.pattern, elems);
    uint8_t *p = cpu->p[F.pd];
    memset(p, 0, sizeof cpu->p[0]);
    for (unsigned e = 0; e < count; e++) pred_set(p, esz, e, 1);
    if (F.setflags) cpu->nzcv = smesim_pred_test(p, p, esz, elems);   /* PredTest(result, result) */
    return SMESIM_OK;
}

/* whilelt/whilele/whilelo/whilels p0.s, x0, x1 */
EXEC(WHILE)
{
    (void)rec;
    unsigned esz = (unsigned)F.esz, elems = smesim_cpu_vl(cpu) >> esz;
    uint64_t mask = F.sf ? ~(uint64_t)0 : 0xffffffffu;
    uint64_t a = xr(cpu, F.rn) & mask, b = xr(cpu, F.rm) & mask;
    uint64_t sign = F.sf ? (uint64_t)1 << 63 : (uint64_t)1 << 31;
    uint8_t res[SMESIM_MAX_VL / 8];
    memset(res, 0, sizeof res);
    int last = 1;
    for (unsigned e = 0; e < elems; e++) {
        if (last) {
            /* signed compare by flipping the sign bit into unsigned order */
            uint64_t x = F.u ? a : a ^ sign, y = F.u ? b : b ^ sign;
            last = F.eq ? x <= y : x < y;
        }
        pred_set(res, esz, e, last);
        a = (a + 1) & mask;
    }
    memcpy(cpu->p[F.pd], res, sizeof res);
    uint8_t all[SMESIM_MAX_VL / 8];
    memset(all, 0xff, sizeof all);
    cpu->nzcv = smesim_pred_test(all, res, esz, elems);
    return SMESIM_OK;
}
