/* tests/unit/test_timing.c — the timing model on hand-built record streams.
 * Expected cycle counts are worked by hand from the model's definition
 * (docs/timing-model.md): in-order issue, per-register and per-ZA-tile
 * scoreboards, one SME-unit issue per cycle, pipes 1/throughput apart.
 */
#include "tests/unit/harness.h"

#include <stdio.h>
#include <stdlib.h>

#include "sim/machine.h"
#include "sim/timing/timing.h"

/* A machine with round numbers: every group latency 1, throughput 1, except
 * FMOPA (latency 4) and SMSTART/SMSTOP (latency 10); issue width 1; no
 * dispatch delay; queue depth 8; `cores` cores in one cluster. */
static void machine(smesim_machine *m, unsigned cores)
{
    static char yaml[8192];
    char err[256];
    int n = snprintf(yaml, sizeof yaml,
                     "name: test\nfreq_ghz: 1\nfeatures: [A64, SVE, SME]\n"
                     "core: {issue_width: 1}\nsme_unit: {queue_depth: 8, dispatch_cycles: 0}\n"
                     "clusters:\n  - {name: c, cores: %u}\ngroups:\n", cores);
    for (int g = 0; g < SMESIM_NUM_TGROUPS; g++) {
        const char *name = smesim_tgroup_names[g];
        int lat = !strcmp(name, "sme.mopa.s") ? 4 : !strcmp(name, "smectl.mode") ? 10 : 1;
        n += snprintf(yaml + n, sizeof yaml - (size_t)n, "  %s: {latency: %d, throughput: 1}\n", name, lat);
    }
    if (!smesim_machine_parse("test.yaml", yaml, (size_t)n, m, err, sizeof err)) {
        fprintf(stderr, "%s\n", err);
        fail();
    }
}

/* fmopa za<tile>.s, p0/m, p1/m, z0.s, z1.s (llvm-mc-19: 0x80812000 | tile) */
static smesim_rec fmopa(unsigned core, unsigned tile)
{
    smesim_rec r;
    memset(&r, 0, sizeof r);
    r.pc = 0x400000;
    r.word = 0x80812000u | tile;
    r.core = (uint8_t)core;
    r.flags = SMESIM_REC_SM | SMESIM_REC_ZA;
    r.active = 256;
    return r;
}

/* n FMOPAs on core 0, cycling over `tiles` tiles */
static void feed(smesim_timing *t, int n, unsigned tiles)
{
    for (int k = 0; k < n; k++) {
        smesim_rec r = fmopa(0, (unsigned)k % tiles);
        smesim_timing_step(t, &r);
    }
}

TEST(dependent_outer_products_wait_for_the_latency)
{
    smesim_machine m;
    machine(&m, 1);
    smesim_timing *t = smesim_timing_new(&m, 1);
    feed(t, 100, 1);
    /* op k starts at 4k (it reads za0.s written by op k-1); the last is done at 4*99 + 4 */
    expect_u64(smesim_timing_cycles(t), 400);
    smesim_unit_stats u;
    smesim_timing_unit(t, 0, &u);
    expect_u64(u.ops, 100);
    expect_true(u.flops == 100.0 * 2 * 256);
    smesim_timing_free(t);
}

TEST(four_tiles_hide_the_latency)
{
    smesim_machine m;
    machine(&m, 1);
    smesim_timing *t = smesim_timing_new(&m, 1);
    feed(t, 100, 4);
    /* op k starts at k (za(k%4) was written by op k-4, done at k); last done at 99 + 4 */
    expect_u64(smesim_timing_cycles(t), 103);
    smesim_timing_free(t);
}

TEST(two_cores_share_one_unit)
{
    smesim_machine m;
    machine(&m, 2);
    smesim_timing *t = smesim_timing_new(&m, 2);
    for (int k = 0; k < 100; k++)
        for (unsigned c = 0; c < 2; c++) {
            smesim_rec r = fmopa(c, (unsigned)k % 4);
            smesim_timing_step(t, &r);
        }
    /* 200 ops, one issue per cycle: starts 0..199, the last done at 203 */
    expect_u64(smesim_timing_cycles(t), 203);
    smesim_unit_stats u;
    smesim_timing_unit(t, 0, &u);
    expect_true(u.busy_cycles == 200.0);
    smesim_core_stats c0, c1;
    smesim_timing_core(t, 0, &c0);
    smesim_timing_core(t, 1, &c1);
    expect_u64(c0.sme_insns, 100);
    expect_u64(c1.sme_insns, 100);
    smesim_timing_free(t);
}

TEST(a_full_queue_holds_the_core_back)
{
    smesim_machine m;
    machine(&m, 1);
    smesim_timing *t = smesim_timing_new(&m, 1);
    feed(t, 100, 1);
    /* op k may dispatch only once op k-8 has started (at 4(k-8)): op 99 at 364 */
    expect_true(smesim_timing_core_clock(t, 0) == 364 * 256);   /* the clock counts 1/256 cycles */
    smesim_timing_free(t);
}

TEST(smstop_waits_for_the_unit_to_drain)
{
    smesim_machine m;
    machine(&m, 1);
    smesim_timing *t = smesim_timing_new(&m, 1);
    feed(t, 10, 1);
    smesim_rec stop;
    memset(&stop, 0, sizeof stop);
    stop.word = 0xd503467f;    /* smstop (llvm-mc-19) */
    stop.flags = SMESIM_REC_SM | SMESIM_REC_ZA;
    smesim_timing_step(t, &stop);
    /* the FMOPA chain is done at 40; smstop starts then and takes 10 */
    expect_u64(smesim_timing_cycles(t), 50);
    smesim_timing_free(t);
}

TEST(scalar_dependences_use_the_scoreboard)
{
    smesim_machine m;
    machine(&m, 1);
    smesim_timing *t = smesim_timing_new(&m, 1);
    /* mul x0, x1, x2 (0x9b027c20) then add x3, x0, #1 (0x91000403): the add waits */
    smesim_rec r;
    memset(&r, 0, sizeof r);
    r.word = 0x9b027c20;
    smesim_timing_step(t, &r);
    r.word = 0x91000403;
    smesim_timing_step(t, &r);
    /* mul issues at 0 (int_mul latency 1 here), add at 1, done at 2 */
    expect_u64(smesim_timing_cycles(t), 2);
    smesim_timing_free(t);
}

RUN_TESTS(T(dependent_outer_products_wait_for_the_latency), T(four_tiles_hide_the_latency),
          T(two_cores_share_one_unit), T(a_full_queue_holds_the_core_back),
          T(smstop_waits_for_the_unit_to_drain), T(scalar_dependences_use_the_scoreboard))
