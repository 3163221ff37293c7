/* sim/exec/sve_prefetch.c — SVE prefetches PRFB/PRFH/PRFW/PRFD, contiguous
 * and gather: hints, executed as no-ops.  The Arm ARM's Hint_Prefetch never
 * faults and changes no architectural state; one body per addressing
 * form's argument set, each doing nothing.
 */
#include "sim/exec/exec.h"

/* prfb pldl1keep, p0, [x0, x1] */
EXEC(PRF_ss) { (void)cpu; (void)rec; return SMESIM_OK; }
/* prfb pldl1keep, p0, [x0{, #imm, mul vl}] */
EXEC(PRF_si) { (void)cpu; (void)rec; return SMESIM_OK; }
/* prfb pldl1keep, p0, [x0, z1.s, uxtw] */
EXEC(PRF_gx) { (void)cpu; (void)rec; return SMESIM_OK; }
/* prfb pldl1keep, p0, [x0, z1.d] */
EXEC(PRF_gd) { (void)cpu; (void)rec; return SMESIM_OK; }
/* prfb pldl1keep, p0, [z1.s{, #imm}] */
EXEC(PRF_gv) { (void)cpu; (void)rec; return SMESIM_OK; }
