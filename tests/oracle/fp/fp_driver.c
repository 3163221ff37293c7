/* tests/oracle/fp/fp_driver.c — the host side of the FP differential test
 * against qemu-aarch64 (tests/oracle/fp_qemu.sh runs it):
 *   fp_driver gen SEED PER_OP [NAME-PREFIX] > cases   random cases, biased to
 *       NaNs, infinities, zeros, subnormals, near-overflow and ties, each with
 *       a random FPCR (RMode, FZ, FZ16, DN, AH, FIZ, AHP, EBF) and FPMR;
 *   fp_driver check cases results    computes every case with sim/fp/ (and
 *       again on the exact path alone) and compares bit for bit with what the
 *       guest wrote under qemu: result, FPSR's cumulative flags, NZCV.
 * Prints one line per instruction with a difference, a few examples each,
 * and a summary; exit status 1 on any difference.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sim/fp/fp.h"
#include "tests/oracle/fp/fp_case.h"

enum fmt { H, S, D, BF, W, X, B8, BP, HP };   /* BP, HP: a pair of bfloat16 / half values */
static const int fmt_bits[] = { [H] = 16, [S] = 32, [D] = 64, [BF] = 16, [W] = 32, [X] = 64, [B8] = 8, [BP] = 32,
                                [HP] = 32 };
static const smesim_fpfmt fmt_fp[] = { [H] = SMESIM_FP16, [S] = SMESIM_FP32, [D] = SMESIM_FP64,
                                       [BF] = SMESIM_BF16, [W] = SMESIM_FP32, [X] = SMESIM_FP64,
                                       [B8] = SMESIM_FP16, [BP] = SMESIM_BF16, [HP] = SMESIM_FP16 };
enum kind { K_V, K_NZ, K_ZA, K_ZAH, K_ZAD };   /* ZA: into a .s tile; ZAH, ZAD: .h, .d */

typedef struct opinfo {
    const char *name, *insn, *expr;
    int kind, fin, fout;
} opinfo;

static const opinfo ops[] = {
#define OP(name, kind, fin, fout, insn, expr) { #name, insn, #expr, K_##kind, fin, fout },
#include "tests/oracle/fp/fp_ops.def"
#undef OP
};
enum { NOPS = sizeof ops / sizeof ops[0] };
enum {
#define OP(name, kind, fin, fout, insn, expr) OP_##name,
#include "tests/oracle/fp/fp_ops.def"
#undef OP
};

/* ---- what the expressions in fp_ops.def see */
static uint64_t ONES(int fo) { return fmt_bits[fo] == 64 ? ~0ull : (1ull << fmt_bits[fo]) - 1; }
static int FB(const char *s)
{
    const char *h = strchr(s, '#');
    return h ? atoi(h + 1) : 0;
}
static smesim_fpenv *ZA(smesim_fpenv *e)
{
    e->mode |= SMESIM_FPENV_ZA;
    return e;
}

static uint64_t eval(int op, uint64_t A, uint64_t B, uint64_t C, smesim_fpenv *E)
{
    smesim_fprounding RM = smesim_fp_rounding(E);
    (void)A, (void)B, (void)C, (void)RM;
    switch (op) {
#define OP(name, kind, fin, fout, insn, expr)                      \
    case OP_##name: {                                              \
        smesim_fpfmt F = fmt_fp[fin], FO = fmt_fp[fout];           \
        uint64_t MASK = ONES(fout);                                \
        (void)F, (void)FO, (void)MASK;                             \
        return (uint64_t)(expr);                                   \
    }
#include "tests/oracle/fp/fp_ops.def"
#undef OP
    }
    return 0;
}

/* ---- random inputs */
static uint64_t rng_state;
static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static uint64_t gen_float(int e, int f, uint64_t like)
{
    uint64_t emax = (1ull << e) - 1, bias = emax >> 1, fmask = (1ull << f) - 1;
    uint64_t sign = rnd() & 1, ex, fr;
    unsigned c = (unsigned)(rnd() % 100);
    uint64_t r = rnd();
    uint64_t few = r & ~(fmask >> (1 + rnd() % (unsigned)f));   /* few low bits set: ties */
    if (like && c < 30) {
        /* near `like`: the same or an adjacent exponent, for cancellation and ties */
        ex = (like >> f) & emax;
        if (ex > 0 && ex < emax) ex = ex + (rnd() % 3) - 1;
        fr = (rnd() & 1) ? (like & fmask) ^ (rnd() & 7) : few & fmask;
        return sign << (e + f) | (ex & emax) << f | fr;
    }
    if (c < 8) { ex = 0; fr = 0; }
    else if (c < 18) { ex = 0; fr = (rnd() & 1) ? r & fmask : (1ull << (rnd() % (unsigned)f)); if (!fr) fr = 1; }
    else if (c < 23) { ex = emax; fr = 0; }
    else if (c < 29) { ex = emax; fr = (1ull << (f - 1)) | (r & fmask); }
    else if (c < 35) { ex = emax; fr = r & (fmask >> 1); if (!fr) fr = 1; }
    else if (c < 43) { ex = emax - 1 - rnd() % 2; fr = (rnd() & 1) ? fmask : r & fmask; }
    else if (c < 51) { ex = 1 + rnd() % 3; fr = r & fmask; }
    else if (c < 66) { ex = bias - 3 + rnd() % 7; fr = few & fmask; }
    else if (c < 80) { ex = rnd() % emax; fr = few & fmask; }
    else return r & ((e + f + 1 == 64) ? ~0ull : (1ull << (e + f + 1)) - 1);
    return sign << (e + f) | ex << f | fr;
}

static uint64_t gen_int(int bits)
{
    uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
    unsigned c = (unsigned)(rnd() % 10), k = (unsigned)(rnd() % (unsigned)bits);
    uint64_t v;
    switch (c) {
    case 0: v = rnd() % 4 - 2; break;                                   /* -2 .. 1 */
    case 1: v = (1ull << (bits - 1)) - (rnd() % 3); break;              /* INT_MIN, MAX */
    case 2: v = mask - rnd() % 3; break;
    case 3: v = (1ull << k) + ((rnd() & 1) ? 1 : -1ull); break;
    case 4: v = (1ull << k) | (k > 25 ? 1ull << (k - 25) : 0) | (k > 54 ? 1ull << (k - 54) : 0); break;
    case 5: v = -((1ull << k) | (k > 12 ? 1ull << (k - 12) : 0)); break;  /* a tie for FP16 */
    default: v = rnd() >> (rnd() % 64); if (rnd() & 1) v = -v; break;
    }
    return v & mask;
}

static uint64_t gen(int fmt, uint64_t like)
{
    switch (fmt) {
    case H: return gen_float(5, 10, like);
    case S: return gen_float(8, 23, like);
    case D: return gen_float(11, 52, like);
    case BF: return gen_float(8, 7, like);
    case W: return gen_int(32);
    case X: return gen_int(64);
    case B8: return rnd() & 0xff;
    case HP: return gen_float(5, 10, like) | gen_float(5, 10, like) << 16;
    default: return gen_float(8, 7, like) | gen_float(8, 7, like) << 16;   /* BP */
    }
}

/* does the expression use operand `v` ('A', 'B', 'C') */
static int uses(const char *expr, char v)
{
    for (const char *p = expr; *p; p++)
        if (*p == v && (p == expr || !(p[-1] == '_' || (p[-1] >= 'A' && p[-1] <= 'Z') ||
                                        (p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= '0' && p[-1] <= '9'))) &&
            !(p[1] == '_' || (p[1] >= 'A' && p[1] <= 'Z') || (p[1] >= 'a' && p[1] <= 'z') || (p[1] >= '0' && p[1] <= '9')))
            return 1;
    return 0;
}

static uint32_t gen_fpcr(void)
{
    uint32_t c = (uint32_t)(rnd() & 3) << SMESIM_FPCR_RMODE_SHIFT;
    if (rnd() & 1) c |= SMESIM_FPCR_FZ;
    if (rnd() & 1) c |= SMESIM_FPCR_FZ16;
    if (rnd() & 1) c |= SMESIM_FPCR_DN;
    if (rnd() % 3 == 0) c |= SMESIM_FPCR_AH;
    if (rnd() % 4 == 0) c |= SMESIM_FPCR_FIZ;
    if (rnd() % 5 == 0) c |= SMESIM_FPCR_AHP;
    if (rnd() & 1) c |= SMESIM_FPCR_EBF;
    if (rnd() % 3 == 0) c &= ~SMESIM_FPCR_RMODE;     /* more round-to-nearest */
    return c;
}

static uint64_t gen_fpmr(void)
{
    uint64_t m = 0;
    for (int sh = 0; sh <= 6; sh += 3) m |= (rnd() % 10 == 0 ? rnd() % 8 : rnd() % 2) << sh;
    if (rnd() & 1) m |= SMESIM_FPMR_OSC;
    if (rnd() & 1) m |= (rnd() % 128) << SMESIM_FPMR_LSCALE_SHIFT;
    if (rnd() & 1) m |= (rnd() % 64) << SMESIM_FPMR_LSCALE2_SHIFT;
    if (rnd() & 1) m |= (rnd() % 256) << SMESIM_FPMR_NSCALE_SHIFT;
    return m;
}

static int cmd_gen(uint64_t seed, long per_op, const char *prefix)
{
    rng_state = seed * 2654435761u + 0x9e3779b97f4a7c15ull;
    static fp_case buf[FP_MAX_CASES];
    long n = 0;
    for (int op = 0; op < NOPS; op++) {
        if (prefix && strncmp(ops[op].name, prefix, strlen(prefix))) continue;
        for (long i = 0; i < per_op && n < FP_MAX_CASES; i++) {
            fp_case *k = &buf[n++];
            int fin = ops[op].fin;
            int fc = ops[op].kind == K_ZA && (fin == BP || fin == HP) ? S : fin;
            k->op = (uint32_t)op;
            k->fpcr = gen_fpcr();
            k->fpmr = gen_fpmr();
            k->a = gen(fin, 0);
            k->b = uses(ops[op].expr, 'B') ? gen(fin, rnd() & 1 ? k->a : 0) : 0;
            k->c = uses(ops[op].expr, 'C') ? gen(fc, rnd() & 1 ? k->a : 0) : 0;
        }
    }
    fwrite(buf, sizeof buf[0], (size_t)n, stdout);
    return 0;
}

static void show(FILE *o, const fp_case *k, const fp_result *q, uint64_t r, uint32_t fpsr, uint32_t nz)
{
    const opinfo *p = &ops[k->op];
    fprintf(o, "    %s fpcr=%08x fpmr=%llx a=%llx b=%llx c=%llx: qemu %llx fpsr=%02x nzcv=%x, sim/fp %llx fpsr=%02x nzcv=%x\n",
            p->insn, k->fpcr, (unsigned long long)k->fpmr, (unsigned long long)k->a,
            (unsigned long long)k->b, (unsigned long long)k->c, (unsigned long long)q->r,
            q->fpsr & 0x9f, q->nzcv >> 28, (unsigned long long)r, fpsr, nz >> 28);
}

static int cmd_check(const char *cases_path, const char *results_path, int examples)
{
    FILE *fc = fopen(cases_path, "rb"), *fr = fopen(results_path, "rb");
    if (!fc || !fr) {
        fprintf(stderr, "fp_driver: cannot open %s or %s\n", cases_path, results_path);
        return 2;
    }
    static fp_case cases[FP_MAX_CASES];
    static fp_result res[FP_MAX_CASES];
    size_t n = fread(cases, sizeof cases[0], FP_MAX_CASES, fc);
    size_t m = fread(res, sizeof res[0], FP_MAX_CASES, fr);
    fclose(fc);
    fclose(fr);
    if (m != n) {
        fprintf(stderr, "fp_driver: %zu cases but %zu results (did the guest crash?)\n", n, m);
        return 2;
    }
    static long count[NOPS], bad[NOPS], paths[NOPS];
    long total_bad = 0, total_paths = 0;
    for (size_t i = 0; i < n; i++) {
        const fp_case *k = &cases[i];
        const opinfo *p = &ops[k->op];
        smesim_fpenv e = smesim_fpenv_make(k->fpcr, k->fpmr, 0);
        smesim_fpenv x = smesim_fpenv_make(k->fpcr, k->fpmr, SMESIM_FPENV_EXACT);
        uint64_t r = eval((int)k->op, k->a, k->b, k->c, &e);
        uint64_t rx = eval((int)k->op, k->a, k->b, k->c, &x);
        uint64_t mask = ONES(p->fout);
        uint32_t fpsr = e.fpsr & 0x9f, nz = 0;
        count[k->op]++;
        if (r != rx || e.fpsr != x.fpsr) {
            paths[k->op]++;
            total_paths++;
        }
        int same;
        if (p->kind == K_NZ) {
            nz = (uint32_t)r;
            same = (res[i].nzcv & 0xf0000000u) == nz && (res[i].fpsr & 0x9f) == fpsr;
            r = 0;
        } else {
            same = (res[i].r & mask) == (r & mask) && (res[i].fpsr & 0x9f) == fpsr;
        }
        if (!same) {
            if (bad[k->op] < examples) {
                if (!bad[k->op]) printf("%s: differs from qemu\n", p->name);
                show(stdout, k, &res[i], r & mask, fpsr, nz);
            }
            bad[k->op]++;
            total_bad++;
        }
    }
    int nops = 0;
    for (int op = 0; op < NOPS; op++) {
        if (!count[op]) continue;
        nops++;
        if (bad[op] || paths[op])
            printf("%-14s %6ld cases, %5ld differ from qemu, %ld fast/exact disagreements\n", ops[op].name,
                   count[op], bad[op], paths[op]);
    }
    printf("fp_driver: %zu cases over %d instructions: %ld differ from qemu, %ld fast/exact disagreements\n", n,
           nops, total_bad, total_paths);
    return total_bad || total_paths ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc >= 4 && !strcmp(argv[1], "gen"))
        return cmd_gen(strtoull(argv[2], NULL, 0), strtol(argv[3], NULL, 0), argc > 4 ? argv[4] : NULL);
    if (argc >= 4 && !strcmp(argv[1], "check"))
        return cmd_check(argv[2], argv[3], argc > 4 ? atoi(argv[4]) : 5);
    if (argc == 2 && !strcmp(argv[1], "list")) {
        for (int op = 0; op < NOPS; op++) printf("%s\t%s\n", ops[op].name, ops[op].insn);
        return 0;
    }
    fprintf(stderr, "usage: fp_driver gen SEED PER_OP [NAME-PREFIX] > CASES\n"
                    "       fp_driver check CASES RESULTS [EXAMPLES]\n"
                    "       fp_driver list\n");
    return 2;
}
