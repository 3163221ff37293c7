/* tests/oracle/fp/fp_guest.c — the AArch64 side of the FP differential test:
 * a freestanding program (clang-19, run under qemu-aarch64) that reads case
 * records from standard input, runs each case's instruction (fp_ops.def)
 * with its FPCR and FPMR, and writes the result, FPSR and NZCV.
 */
#include <stdint.h>

#include "tests/oracle/fp/fp_case.h"

enum {
#define OP(name, kind, fin, fout, insn, expr) OP_##name,
#include "tests/oracle/fp/fp_ops.def"
#undef OP
};

static long sys3(long n, long a, long b, long c)
{
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2) : "memory");
    return x0;
}

static fp_case cases[FP_MAX_CASES];
static fp_result results[FP_MAX_CASES];

/* a value instruction: inputs in d1-d3 and x10-x12, result in d0 */
#define RUN_V(insn)                                                                         \
    __asm__ volatile("msr fpcr, %[cr]\n msr fpmr, %[mr]\n msr fpsr, xzr\n"                  \
                     "fmov d1, %[a]\n fmov d2, %[b]\n fmov d3, %[c]\n movi v0.2d, #0\n"      \
                     "mov x10, %[a]\n mov x11, %[b]\n mov x12, %[c]\n mov x9, #0\n"          \
                     insn "\n"                                                              \
                     "mrs %[sr], fpsr\n mrs %[nz], nzcv\n fmov %[r], d0\n msr fpcr, xzr\n"   \
                     : [r] "=&r"(r), [sr] "=&r"(sr), [nz] "=&r"(nz)                          \
                     : [cr] "r"((uint64_t)k->fpcr), [mr] "r"(k->fpmr), [a] "r"(k->a), [b] "r"(k->b),    \
                       [c] "r"(k->c)                                                        \
                     : "x9", "x10", "x11", "x12", "v0", "v1", "v2", "v3", "cc", "memory")

/* an outer product into ZA0.S[0][0], which starts as c; z1 = a, z2 = b in
 * every 32-bit element; p0 = the first .s element, p1 the first two .h */
#define RUN_ZA(insn)                                                                        \
    __asm__ volatile("msr fpcr, %[cr]\n smstart\n msr fpsr, xzr\n"                           \
                     "dup z1.s, %w[a]\n dup z2.s, %w[b]\n dup z3.s, %w[c]\n"                   \
                     "ptrue p0.s, vl1\n ptrue p1.h, vl2\n zero {za}\n mov w12, #0\n"           \
                     "mov za0h.s[w12, 0], p0/m, z3.s\n"                                       \
                     insn "\n"                                                              \
                     "mov z0.s, p0/m, za0h.s[w12, 0]\n lastb w9, p0, z0.s\n"                  \
                     "mrs %[sr], fpsr\n smstop\n mov %[r], x9\n mov %[nz], #0\n msr fpcr, xzr\n" \
                     : [r] "=&r"(r), [sr] "=&r"(sr), [nz] "=&r"(nz)                          \
                     : [cr] "r"((uint64_t)k->fpcr), [a] "r"(k->a), [b] "r"(k->b), [c] "r"(k->c)        \
                     : "x9", "x12", "v0", "v1", "v2", "v3", "cc", "memory")

/* the same into ZA0.H[0][0] (p2 = the first .h element) and ZA0.D[0][0]
 * (p3 = the first .d element) */
#define RUN_ZAH(insn)                                                                       \
    __asm__ volatile("msr fpcr, %[cr]\n smstart\n msr fpsr, xzr\n"                           \
                     "dup z1.h, %w[a]\n dup z2.h, %w[b]\n dup z3.h, %w[c]\n"                   \
                     "ptrue p2.h, vl1\n zero {za}\n mov w12, #0\n"                            \
                     "mov za0h.h[w12, 0], p2/m, z3.h\n"                                       \
                     insn "\n"                                                              \
                     "mov z0.h, p2/m, za0h.h[w12, 0]\n lastb w9, p2, z0.h\n"                  \
                     "mrs %[sr], fpsr\n smstop\n mov %[r], x9\n mov %[nz], #0\n msr fpcr, xzr\n" \
                     : [r] "=&r"(r), [sr] "=&r"(sr), [nz] "=&r"(nz)                          \
                     : [cr] "r"((uint64_t)k->fpcr), [a] "r"(k->a), [b] "r"(k->b), [c] "r"(k->c)        \
                     : "x9", "x12", "v0", "v1", "v2", "v3", "cc", "memory")
#define RUN_ZAD(insn)                                                                       \
    __asm__ volatile("msr fpcr, %[cr]\n smstart\n msr fpsr, xzr\n"                           \
                     "dup z1.d, %[a]\n dup z2.d, %[b]\n dup z3.d, %[c]\n"                      \
                     "ptrue p3.d, vl1\n zero {za}\n mov w12, #0\n"                            \
                     "mov za0h.d[w12, 0], p3/m, z3.d\n"                                       \
                     insn "\n"                                                              \
                     "mov z0.d, p3/m, za0h.d[w12, 0]\n lastb x9, p3, z0.d\n"                  \
                     "mrs %[sr], fpsr\n smstop\n mov %[r], x9\n mov %[nz], #0\n msr fpcr, xzr\n" \
                     : [r] "=&r"(r), [sr] "=&r"(sr), [nz] "=&r"(nz)                          \
                     : [cr] "r"((uint64_t)k->fpcr), [a] "r"(k->a), [b] "r"(k->b), [c] "r"(k->c)        \
                     : "x9", "x12", "v0", "v1", "v2", "v3", "cc", "memory")

#define RUN_NZ RUN_V

static void run(const fp_case *k, fp_result *out)
{
    uint64_t r = 0, sr = 0, nz = 0;
    switch (k->op) {
#define OP(name, kind, fin, fout, insn, expr) \
    case OP_##name: RUN_##kind(insn); break;
#include "tests/oracle/fp/fp_ops.def"
#undef OP
    default: r = ~0ull; sr = ~0ull; break;
    }
    out->r = r;
    out->fpsr = (uint32_t)sr;
    out->nzcv = (uint32_t)nz;
}

void _start(void)
{
    char *p = (char *)cases;
    long total = 0, n;
    while (total < (long)sizeof cases && (n = sys3(63, 0, (long)(p + total), (long)sizeof cases - total)) > 0)
        total += n;
    long count = total / (long)sizeof(fp_case);
    for (long i = 0; i < count; i++) run(&cases[i], &results[i]);
    p = (char *)results;
    long want = count * (long)sizeof(fp_result), done = 0;
    while (done < want && (n = sys3(64, 1, (long)(p + done), want - done)) > 0) done += n;
    sys3(93, 0, 0, 0);
    for (;;) {
    }
}
