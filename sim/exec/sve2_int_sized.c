/* sim/exec/sve2_int_sized.c — the SVE2 integer patterns whose element size
 * is computed at decode (`let="esz = ..."` from sz or tsz): the generator
 * instantiates a shape only for sizes it can see in the bits, so these run
 * their shape's kernel (sim/exec/shape_x_sve2.h) from a body that switches
 * on the decoded size.  One line per pattern; the semantics live in the
 * kernels and operations, with the Arm ARM pseudocode they follow.
 */
#include "sim/exec/shape_x_sve2.h"

/* ---- shift right narrow (SHRNB ... UQRSHRNT), by 1 .. esize/2; the
 * element size of the source (eszw) is the kernel's */
S2_BODY(s2_shrnb, S2_K_shrn, SMESIM_OP_s2_shrn, eszw, 0, a->sh)
S2_BODY(s2_shrnt, S2_K_shrn, SMESIM_OP_s2_shrn, eszw, 1, a->sh)
S2_BODY(s2_rshrnb, S2_K_shrn, SMESIM_OP_s2_rshrn, eszw, 0, a->sh)
S2_BODY(s2_rshrnt, S2_K_shrn, SMESIM_OP_s2_rshrn, eszw, 1, a->sh)
S2_BODY(s2_sqshrnb, S2_K_shrn, SMESIM_OP_s2_sqshrn, eszw, 0, a->sh)
S2_BODY(s2_sqshrnt, S2_K_shrn, SMESIM_OP_s2_sqshrn, eszw, 1, a->sh)
S2_BODY(s2_sqrshrnb, S2_K_shrn, SMESIM_OP_s2_sqrshrn, eszw, 0, a->sh)
S2_BODY(s2_sqrshrnt, S2_K_shrn, SMESIM_OP_s2_sqrshrn, eszw, 1, a->sh)
S2_BODY(s2_uqshrnb, S2_K_shrn, SMESIM_OP_s2_uqshrn, eszw, 0, a->sh)
S2_BODY(s2_uqshrnt, S2_K_shrn, SMESIM_OP_s2_uqshrn, eszw, 1, a->sh)
S2_BODY(s2_uqrshrnb, S2_K_shrn, SMESIM_OP_s2_uqrshrn, eszw, 0, a->sh)
S2_BODY(s2_uqrshrnt, S2_K_shrn, SMESIM_OP_s2_uqrshrn, eszw, 1, a->sh)
S2_BODY(s2_sqshrunb, S2_K_shrn, SMESIM_OP_s2_sqshrun, eszw, 0, a->sh)
S2_BODY(s2_sqshrunt, S2_K_shrn, SMESIM_OP_s2_sqshrun, eszw, 1, a->sh)
S2_BODY(s2_sqrshrunb, S2_K_shrn, SMESIM_OP_s2_sqrshrun, eszw, 0, a->sh)
S2_BODY(s2_sqrshrunt, S2_K_shrn, SMESIM_OP_s2_sqrshrun, eszw, 1, a->sh)

/* ---- saturating extract narrow (SQXTNB ... SQXTUNT) */
S2_BODY(s2_sqxtnb, S2_K_shrn, SMESIM_OP_s2_sqxtn, eszw, 0, 0)
S2_BODY(s2_sqxtnt, S2_K_shrn, SMESIM_OP_s2_sqxtn, eszw, 1, 0)
S2_BODY(s2_uqxtnb, S2_K_shrn, SMESIM_OP_s2_uqxtn, eszw, 0, 0)
S2_BODY(s2_uqxtnt, S2_K_shrn, SMESIM_OP_s2_uqxtn, eszw, 1, 0)
S2_BODY(s2_sqxtunb, S2_K_shrn, SMESIM_OP_s2_sqxtun, eszw, 0, 0)
S2_BODY(s2_sqxtunt, S2_K_shrn, SMESIM_OP_s2_sqxtun, eszw, 1, 0)

/* ---- shift right and accumulate, insert (SSRA ... SLI) */
S2_BODY(s2_ssra, S2_K_shacc, SMESIM_OP_s2_ssra, esz)
S2_BODY(s2_usra, S2_K_shacc, SMESIM_OP_s2_usra, esz)
S2_BODY(s2_srsra, S2_K_shacc, SMESIM_OP_s2_srsra, esz)
S2_BODY(s2_ursra, S2_K_shacc, SMESIM_OP_s2_ursra, esz)
S2_BODY(s2_sri, S2_K_shacc, SMESIM_OP_s2_sri, esz)
S2_BODY(s2_sli, S2_K_shacc, SMESIM_OP_s2_sli, esz)

/* ---- shift left long (SSHLLB ... USHLLT) */
S2_BODY(s2_sshllb, S2_K_shll, SMESIM_OP_s2_sshll, eszw, 0)
S2_BODY(s2_sshllt, S2_K_shll, SMESIM_OP_s2_sshll, eszw, 1)
S2_BODY(s2_ushllb, S2_K_shll, SMESIM_OP_s2_ushll, eszw, 0)
S2_BODY(s2_ushllt, S2_K_shll, SMESIM_OP_s2_ushll, eszw, 1)

/* ---- add/subtract long with carry (ADCLB ... SBCLT) */
S2_BODY(s2_adclb, S2_K_adcl, SMESIM_OP_s2_adcl, esz, 0)
S2_BODY(s2_adclt, S2_K_adcl, SMESIM_OP_s2_adcl, esz, 1)
S2_BODY(s2_sbclb, S2_K_adcl, SMESIM_OP_s2_sbcl, esz, 0)
S2_BODY(s2_sbclt, S2_K_adcl, SMESIM_OP_s2_sbcl, esz, 1)

/* ---- 4-way dot products and complex dot product of vectors */
S2_BODY(s2_sdot4, S2_K_dot4, SMESIM_OP_s2_sdot, esz, 0)
S2_BODY(s2_udot4, S2_K_dot4, SMESIM_OP_s2_udot, esz, 0)
S2_BODY(s2_cdot, S2_K_cdot, none, esz, 0)
