/* sim/exec/shapes.h — the loop shapes SVE and SME semantics are written in.
 * A pattern names a shape and an operation, `exec=zpzz_m(fadd)`; the
 * generator lists it (SMESIM_FOREACH_INSN_SHAPE), sim/exec/shapes.c
 * instantiates the shape once per element size the pattern can have, and
 * the block builder picks the instance for the decoded size.  The shape
 * owns the element loop, predication, the active-element count and the FP
 * environment; the operation (sim/exec/ops.h) is one expression.
 *
 * Each shape reads the members of the pattern's argument set it names
 * below (a compile error says which is missing).  E is the element size
 * (0..3), a constant in every instance, so loops are over a fixed type.
 */
#ifndef SMESIM_SHAPES_H
#define SMESIM_SHAPES_H

#include "sim/exec/exec.h"
#include "sim/exec/ops.h"
#include "sim/fp/fp.h"

/* element types by size */
#define SMESIM_U(E) SMESIM_U_##E
#define SMESIM_U_0 uint8_t
#define SMESIM_U_1 uint16_t
#define SMESIM_U_2 uint32_t
#define SMESIM_U_3 uint64_t
#define SMESIM_S(E) SMESIM_S_##E
#define SMESIM_S_0 int8_t
#define SMESIM_S_1 int16_t
#define SMESIM_S_2 int32_t
#define SMESIM_S_3 int64_t

/* element i of a vector (memcpy: the compiler makes it a plain move and
 * may vectorise the loop; no aliasing rules are bent) */
#define SMESIM_ELEM_ACCESS(E)                                                         \
    static inline SMESIM_U(E) smesim_get_##E(const uint8_t *v, unsigned i)            \
    {                                                                                 \
        SMESIM_U(E) x;                                                                \
        memcpy(&x, v + ((size_t)i << (E)), sizeof x);                                 \
        return x;                                                                     \
    }                                                                                 \
    static inline void smesim_put_##E(uint8_t *v, unsigned i, SMESIM_U(E) x)          \
    {                                                                                 \
        memcpy(v + ((size_t)i << (E)), &x, sizeof x);                                 \
    }
SMESIM_ELEM_ACCESS(0)
SMESIM_ELEM_ACCESS(1)
SMESIM_ELEM_ACCESS(2)
SMESIM_ELEM_ACCESS(3)
#define SMESIM_GET(E, v, i) smesim_get_##E(v, i)
#define SMESIM_PUT(E, v, i, x) smesim_put_##E(v, i, (SMESIM_U(E))(x))

/* The FP environment of one instruction: built from FPCR/FPMR, its flags
 * ORed into FPSR at the end (nothing for integer operations: the compiler
 * drops it). */
#define SMESIM_FPENV_BEGIN(cpu) smesim_fpenv env = smesim_fpenv_make((uint32_t)(cpu)->fpcr, 0, 0)
#define SMESIM_FPENV_END(cpu)   do { if (env.fpsr) (cpu)->fpsr |= env.fpsr; } while (0)

/* An instance's function: the pattern's id and the element size. */
#define SMESIM_SHAPE_FN(ID, E) \
    smesim_status smesim_exec_##ID##_e##E(smesim_cpu *cpu, const smesim_insn *d, smesim_rec *rec)
#define SMESIM_SHAPE_ARGS(SET) const struct smesim_args_##SET *a = &d->a.as_##SET

/* zpzz_m: predicated binary, destructive, merging.
 *   zdn[i] = pg[i] ? OP(zdn[i], zm[i]) : zdn[i]        members: zdn pg zm */
#define SMESIM_SHAPE_zpzz_m(ID, OP, SET, E)                                              \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zdn];                                                    \
        const uint8_t *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), SMESIM_GET(E, zm, i)));      \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

/* zzz: unpredicated binary.
 *   zd[i] = OP(zn[i], zm[i])                            members: zd zn zm */
#define SMESIM_SHAPE_zzz(ID, OP, SET, E)                                                 \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E);                                          \
        uint8_t res[SMESIM_MAX_VL];                                                      \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm];                          \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++)                                                 \
            SMESIM_PUT(E, res, i, OP(E, SMESIM_GET(E, zn, i), SMESIM_GET(E, zm, i)));     \
        memcpy(cpu->z[a->zd], res, (size_t)n << (E));                                    \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = n;                                                                 \
        return SMESIM_OK;                                                                \
    }

/* zpzzz_m: predicated ternary into an accumulator, merging.
 *   zd[i] = pg[i] ? OP(zd[i], zn[i], zm[i]) : zd[i]    members: zd pg zn zm */
#define SMESIM_SHAPE_zpzzz_m(ID, OP, SET, E)                                             \
    SMESIM_SHAPE_FN(ID, E)                                                               \
    {                                                                                    \
        SMESIM_SHAPE_ARGS(SET);                                                          \
        unsigned n = smesim_cpu_vl(cpu) >> (E), active = 0;                              \
        uint8_t *zd = cpu->z[a->zd];                                                     \
        const uint8_t *zn = cpu->z[a->zn], *zm = cpu->z[a->zm], *pg = cpu->p[a->pg];     \
        SMESIM_FPENV_BEGIN(cpu);                                                         \
        for (unsigned i = 0; i < n; i++) {                                               \
            if (!pred_active(pg, (E), i)) continue;                                      \
            active++;                                                                    \
            SMESIM_PUT(E, zd, i, OP(E, SMESIM_GET(E, zd, i), SMESIM_GET(E, zn, i),        \
                                    SMESIM_GET(E, zm, i)));                              \
        }                                                                                \
        SMESIM_FPENV_END(cpu);                                                           \
        rec->active = active;                                                            \
        return SMESIM_OK;                                                                \
    }

#endif
