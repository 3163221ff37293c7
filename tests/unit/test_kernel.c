/* tests/unit/test_kernel.c — the bundled SGEMM kernel at every streaming
 * vector length, compared element by element with a scalar C reference
 * (fmaf in the kernel's accumulation order: C0, then k = 0..K-1); and its
 * replay: the records of a live run fed to a fresh timing model give the
 * same cycles.
 */
#include "tests/unit/harness.h"

#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "decode/assembler.h"
#include "sim/run.h"

extern const char smesim_default_kernel_s[];

typedef struct run {
    smesim_machine m;
    smesim_image img;
    smesim_sim *sim;
    smesim_timing *t;
    smesim_run_result res;
} run;

typedef struct recbuf { smesim_rec *r; size_t n, cap; } recbuf;

static int keep(void *ctx, const smesim_rec *rec)
{
    recbuf *b = ctx;
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 4096;
        b->r = realloc(b->r, b->cap * sizeof *b->r);
        if (!b->r) return 0;
    }
    b->r[b->n++] = *rec;
    return 1;
}

static void start(run *r, unsigned svl_bits, recbuf *records)
{
    char err[512];
    const char *argv[] = { "sgemm_f32" };
    expect_true(smesim_machine_default(&r->m, err, sizeof err));
    if (!smesim_assemble("traces/kernels/sgemm_f32.s", smesim_default_kernel_s,
                         strlen(smesim_default_kernel_s), &r->img, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
    r->t = smesim_timing_new(&r->m, 1);
    r->sim = smesim_sim_new(&r->m, &r->img, 1, svl_bits, 128, 1, argv, err, sizeof err);
    expect_true(r->sim != NULL);
    /* keep the guest's one line of text off the test output */
    int devnull = open("/dev/null", O_WRONLY);
    expect_true(devnull >= 0);
    smesim_sim_cpu(r->sim, 0)->out_fd = devnull;
    int ran = smesim_sim_run(r->sim, r->t, records ? keep : NULL, records, 100000000, 0, &r->res);
    close(devnull);
    if (!ran) {
        fprintf(stderr, "%s\n", r->res.msg);
        fail();
    }
    expect_eq(r->res.exit_code, 0);
}

static void finish(run *r)
{
    smesim_sim_free(r->sim);
    smesim_timing_free(r->t);
    smesim_image_free(&r->img);
}

static const uint8_t *guest(run *r, const char *sym, uint64_t bytes)
{
    uint64_t addr = 0;
    if (!smesim_image_symbol(&r->img, sym, &addr)) {
        fprintf(stderr, "the kernel has no symbol %s\n", sym);
        fail();
    }
    smesim_cpu *cpu = smesim_sim_cpu(r->sim, 0);
    const uint8_t *p = smesim_mem_ptr(cpu->mem, addr, bytes, SMESIM_MEM_R);
    expect_true(p != NULL);
    return p;
}

static uint32_t word_at(run *r, const char *sym)
{
    uint32_t v;
    memcpy(&v, guest(r, sym, 4), 4);
    return v;
}

static float f32(const uint8_t *base, size_t index)
{
    float f;
    memcpy(&f, base + 4 * index, 4);
    return f;
}

static void check_svl(unsigned svl_bits)
{
    run r;
    start(&r, svl_bits, NULL);
    uint32_t M = word_at(&r, "dim_M"), N = word_at(&r, "dim_N"), K = word_at(&r, "dim_K");
    expect_true(M > 0 && N > 0 && K > 0);
    const uint8_t *AT = guest(&r, "AT", (uint64_t)K * M * 4), *B = guest(&r, "B", (uint64_t)K * N * 4);
    const uint8_t *C0 = guest(&r, "C0", (uint64_t)M * N * 4), *C = guest(&r, "C", (uint64_t)M * N * 4);
    unsigned bad = 0;
    for (uint32_t i = 0; i < M; i++)
        for (uint32_t j = 0; j < N; j++) {
            float acc = f32(C0, (size_t)i * N + j);
            for (uint32_t k = 0; k < K; k++)
                acc = fmaf(f32(AT, (size_t)k * M + i), f32(B, (size_t)k * N + j), acc);
            float got = f32(C, (size_t)i * N + j);
            if (memcmp(&acc, &got, 4) != 0 && bad++ < 5)
                fprintf(stderr, "SVL %u: C[%u][%u] = %a, reference %a\n", svl_bits, i, j, got, acc);
        }
    expect_eq(bad, 0);
    finish(&r);
}

TEST(sgemm_matches_the_scalar_reference_at_svl_128) { check_svl(128); }
TEST(sgemm_matches_the_scalar_reference_at_svl_256) { check_svl(256); }
TEST(sgemm_matches_the_scalar_reference_at_svl_512) { check_svl(512); }
TEST(sgemm_matches_the_scalar_reference_at_svl_1024) { check_svl(1024); }
TEST(sgemm_matches_the_scalar_reference_at_svl_2048) { check_svl(2048); }

TEST(replaying_the_records_gives_the_same_cycles)
{
    recbuf b = { NULL, 0, 0 };
    run r;
    start(&r, 512, &b);
    expect_u64(b.n, r.res.insns);
    smesim_timing *t2 = smesim_timing_new(&r.m, 1);
    for (size_t i = 0; i < b.n; i++) smesim_timing_step(t2, &b.r[i]);
    expect_u64(smesim_timing_cycles(t2), smesim_timing_cycles(r.t));
    expect_true(smesim_timing_cycles(t2) > 0);
    smesim_timing_free(t2);
    free(b.r);
    finish(&r);
}

RUN_TESTS(T(sgemm_matches_the_scalar_reference_at_svl_128), T(sgemm_matches_the_scalar_reference_at_svl_256),
          T(sgemm_matches_the_scalar_reference_at_svl_512), T(sgemm_matches_the_scalar_reference_at_svl_1024),
          T(sgemm_matches_the_scalar_reference_at_svl_2048), T(replaying_the_records_gives_the_same_cycles))
