/* sim/exec/sve_pred_while.c — the SVE2 WHILE comparisons that fill from the
 * top (WHILEGE, WHILEGT, WHILEHS, WHILEHI), the address-hazard WHILERW and
 * WHILEWR, and CTERMEQ/CTERMNE.  PTRUE and the incrementing WHILEs are
 * sim/exec/sve_pred.c; the predicate-as-counter WHILEs sve_pred_counter.c.
 */
#include "sim/exec/exec.h"
#include "sim/exec/shape_perm.h"

/* whilege p0.s, x1, x2 (WHILEGE/GT/HS/HI (predicate)): from the last
 * element down, true while operand1 (decremented each step) compares GE/GT
 * with operand2; NZCV = PredTest(Ones, result, esize) */
EXEC(WHILE_dec)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    unsigned c = perm_while_count(xr(cpu, F.rn), xr(cpu, F.rm), F.sf ? 64 : 32, (int)F.u, (int)F.eq, 1, n);
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, ones[SMESIM_MAX_VL / 8];
    for (unsigned e = n - c; e < n; e++) pred_set(res, esz, e, 1);
    perm_pwrite(cpu, F.pd, res);
    memset(ones, 0xff, sizeof ones);
    cpu->nzcv = smesim_pred_test(ones, res, esz, n);
    rec->active = n;
    return SMESIM_OK;
}

/* whilewr p0.s, x1, x2 (WHILEWR, WHILERW): with UInt operands, diff =
 * (op2 - op1) DIV (esize DIV 8) for WR (all true when diff <= 0),
 * Abs(op2 - op1) DIV (esize DIV 8) for RW (all true when diff == 0);
 * element e is true when e < diff.  NZCV = PredTest(Ones, result, esize) */
EXEC(WHILE_rw)
{
    unsigned esz = (unsigned)F.esz, n = smesim_cpu_vl(cpu) >> esz;
    uint64_t a = xr(cpu, F.rn), b = xr(cpu, F.rm), diff;
    int all;
    if (F.rw) {
        diff = (a > b ? a - b : b - a) >> esz;
        all = diff == 0;
    } else {
        all = b <= a;                        /* op2 - op1 <= 0 as integers */
        diff = (b - a) >> esz;               /* positive: floor = truncation */
        all = all || diff == 0;
    }
    uint8_t res[SMESIM_MAX_VL / 8] = { 0 }, ones[SMESIM_MAX_VL / 8];
    for (unsigned e = 0; e < n; e++) pred_set(res, esz, e, all || e < diff);
    perm_pwrite(cpu, F.pd, res);
    memset(ones, 0xff, sizeof ones);
    cpu->nzcv = smesim_pred_test(ones, res, esz, n);
    rec->active = n;
    return SMESIM_OK;
}

/* ctermeq x1, x2 (CTERMEQ, CTERMNE): term = (X[n] == X[m]) (!= for NE) at
 * 32 or 64 bits; term sets N=1 V=0, else N=0 V=NOT C; Z and C kept */
EXEC(CTERM)
{
    (void)rec;
    uint64_t a = trunc_sf(xr(cpu, F.rn), F.sf), b = trunc_sf(xr(cpu, F.rm), F.sf);
    int term = F.ne ? a != b : a == b;
    uint32_t f = cpu->nzcv & (NZCV(0, 1, 1, 0));
    int c = (cpu->nzcv >> 29) & 1;
    cpu->nzcv = f | (term ? NZCV(1, 0, 0, 0) : NZCV(0, 0, 0, !c));
    return SMESIM_OK;
}
