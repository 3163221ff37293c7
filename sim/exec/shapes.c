/* sim/exec/shapes.c — every pattern that names a loop shape and an
 * operation (`exec=zpzz_m(fadd)`), instantiated once per element size it
 * can have, from the generated list (SMESIM_FOREACH_INSN_SHAPE).  The
 * shapes are sim/exec/shapes.h, the operations sim/exec/ops.h, and each
 * family's own in sim/exec/shape_<family>.h (all gathered here).
 */
#include "sim/exec/shapes.h"
#include "shape_includes.h"

#define INSTANCE(id, shape, op, set, e) SMESIM_SHAPE_##shape(id, SMESIM_OP_##op, set, e)
SMESIM_FOREACH_INSN_SHAPE(INSTANCE)
#undef INSTANCE
