/* sim/exec/ops.h — the operations the shapes of sim/exec/shapes.h apply:
 * one expression each, on raw element bits of size E (0..3), named after
 * the instruction.  Integer operations wrap as the Arm ARM's bit-vector
 * arithmetic does; floating-point ones call sim/fp/ with the shape's `env`
 * (element size E is the FP format: 1 half, 2 single, 3 double).
 * To add one: a line here, and `exec=SHAPE(name)` on the pattern.
 */
#ifndef SMESIM_OPS_H
#define SMESIM_OPS_H

/* ---- integer */
#define SMESIM_OP_add(E, a, b) ((a) + (b))
#define SMESIM_OP_sub(E, a, b) ((a) - (b))
#define SMESIM_OP_subr(E, a, b) ((b) - (a))
/* products in 64 bits: two 16-bit elements promote to int, whose product
 * may overflow */
#define SMESIM_OP_mul(E, a, b) ((uint64_t)(a) * (b))
#define SMESIM_OP_and(E, a, b) ((a) & (b))
#define SMESIM_OP_orr(E, a, b) ((a) | (b))
#define SMESIM_OP_eor(E, a, b) ((a) ^ (b))
#define SMESIM_OP_bic(E, a, b) ((a) & ~(b))
#define SMESIM_OP_smax(E, a, b) ((SMESIM_S(E))(a) > (SMESIM_S(E))(b) ? (a) : (b))
#define SMESIM_OP_smin(E, a, b) ((SMESIM_S(E))(a) < (SMESIM_S(E))(b) ? (a) : (b))
#define SMESIM_OP_umax(E, a, b) ((a) > (b) ? (a) : (b))
#define SMESIM_OP_umin(E, a, b) ((a) < (b) ? (a) : (b))
#define SMESIM_OP_mla(E, acc, a, b) ((acc) + (uint64_t)(a) * (b))
#define SMESIM_OP_mls(E, acc, a, b) ((acc) - (uint64_t)(a) * (b))

/* ---- floating point (FPAdd, FPSub, FPMul, FPMulAdd with the pseudocode's
 * operand order: it decides which NaN propagates) */
#define SMESIM_OP_fadd(E, a, b) smesim_fp_add((smesim_fpfmt)(E), (a), (b), &env)
#define SMESIM_OP_fsub(E, a, b) smesim_fp_sub((smesim_fpfmt)(E), (a), (b), &env)
#define SMESIM_OP_fsubr(E, a, b) smesim_fp_sub((smesim_fpfmt)(E), (b), (a), &env)
#define SMESIM_OP_fmul(E, a, b) smesim_fp_mul((smesim_fpfmt)(E), (a), (b), &env)
#define SMESIM_OP_fmax(E, a, b) smesim_fp_max((smesim_fpfmt)(E), (a), (b), &env)
#define SMESIM_OP_fmin(E, a, b) smesim_fp_min((smesim_fpfmt)(E), (a), (b), &env)
#define SMESIM_OP_fmaxnm(E, a, b) smesim_fp_maxnum((smesim_fpfmt)(E), (a), (b), &env)
#define SMESIM_OP_fminnm(E, a, b) smesim_fp_minnum((smesim_fpfmt)(E), (a), (b), &env)
#define SMESIM_OP_fdiv(E, a, b) smesim_fp_div((smesim_fpfmt)(E), (a), (b), &env)
/* FMLA: FPMulAdd(zda, zn, zm); FMLS negates zn (FPNeg); FNMLA/FNMLS negate
 * the addend too */
#define SMESIM_OP_fmla(E, acc, a, b) smesim_fp_muladd((smesim_fpfmt)(E), (acc), (a), (b), &env)
#define SMESIM_OP_fmls(E, acc, a, b) \
    smesim_fp_muladd((smesim_fpfmt)(E), (acc), smesim_fp_neg((smesim_fpfmt)(E), (a), &env), (b), &env)
#define SMESIM_OP_fnmla(E, acc, a, b)                                                 \
    smesim_fp_muladd((smesim_fpfmt)(E), smesim_fp_neg((smesim_fpfmt)(E), (acc), &env), \
                     smesim_fp_neg((smesim_fpfmt)(E), (a), &env), (b), &env)
#define SMESIM_OP_fnmls(E, acc, a, b) \
    smesim_fp_muladd((smesim_fpfmt)(E), smesim_fp_neg((smesim_fpfmt)(E), (acc), &env), (a), (b), &env)

#endif
