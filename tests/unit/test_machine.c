/* tests/unit/test_machine.c — machine descriptions: the built-in default
 * loads and has every timing group; bad descriptions fail with one line
 * naming the line, column and problem.
 */
#include "tests/unit/harness.h"

#include <stdio.h>

#include "sim/machine.h"

TEST(the_default_machine_loads)
{
    smesim_machine m;
    char err[256];
    expect_true(smesim_machine_default(&m, err, sizeof err));
    expect_str(m.name, "default");
    expect_eq(m.svl_bits, 512);
    expect_true(m.ncores >= 1);
    expect_true(m.features & ((uint64_t)1 << SMESIM_FEAT_SME));
    for (int g = 0; g < SMESIM_NUM_TGROUPS; g++) expect_true(m.group[g].throughput > 0);
    /* FMOPA fp32 on the M4 P unit: latency 4, one per cycle (../shared/calibration/apple-m4.md) */
    expect_true(m.group[SMESIM_TG_sme_mopa_s].latency == 4.0);
    expect_true(m.group[SMESIM_TG_sme_mopa_s].throughput == 1.0);
}

TEST(a_group_not_given_takes_its_parents_timing)
{
    /* every root group given, nothing else: each group inherits its root's */
    char yaml[2048];
    int n = snprintf(yaml, sizeof yaml, "name: x\nclusters:\n  - {name: p, cores: 1}\nfeatures: [A64]\ngroups:\n");
    for (int g = 0; g < SMESIM_NUM_TGROUPS; g++)
        if (smesim_tgroup_parent[g] < 0)
            n += snprintf(yaml + n, sizeof yaml - (size_t)n, "  %s: {latency: %d, throughput: 1}\n",
                          smesim_tgroup_names[g], 10 + g);
    smesim_machine m;
    char err[256];
    expect_true(smesim_machine_parse("m.yaml", yaml, (size_t)n, &m, err, sizeof err));
    for (int g = 0; g < SMESIM_NUM_TGROUPS; g++) {
        int root = g;
        while (smesim_tgroup_parent[root] >= 0) root = smesim_tgroup_parent[root];
        expect_true(m.group[g].latency == 10 + root);
    }
}

TEST(features_bring_what_they_imply)
{
    const char *yaml = "name: x\nclusters:\n  - {name: p, cores: 1}\nfeatures: [A64, SME2, SVE2]\n"
                       "groups:\n  int: {latency: 1, throughput: 1}\n";
    smesim_machine m;
    char err[256];
    smesim_machine_parse("m.yaml", yaml, strlen(yaml), &m, err, sizeof err);
    /* decode/features.def: SME2 implies SME, SVE2 implies SVE, SME implies BF16 */
    expect_true(m.features & SMESIM_FEATBIT(SME));
    expect_true(m.features & SMESIM_FEATBIT(SVE));
    expect_true(m.features & SMESIM_FEATBIT(BF16));
    expect_false(m.features & SMESIM_FEATBIT(SME_F64F64));
}

static void expect_refused(const char *yaml, const char *want)
{
    smesim_machine m;
    char err[256] = "";
    expect_false(smesim_machine_parse("m.yaml", yaml, strlen(yaml), &m, err, sizeof err));
    if (!strstr(err, want)) {
        fprintf(stderr, "got '%s', want '%s'\n", err, want);
        fail();
    }
    expect_true(strchr(err, '\n') == NULL);
}

TEST(bad_descriptions_name_the_place)
{
    expect_refused("name: x\nfreq_ghz: fast\n", "m.yaml:2:11: 'fast' is not a number");
    expect_refused("name: x\nsvl_bits: 384\n", "m.yaml:2:11: 384 is not a power of two");
    expect_refused("name: x\nfrequency: 3\n", "m.yaml:2:12: unknown key 'frequency'");
    expect_refused("name: x\nfeatures: [A64, SME3]\n", "m.yaml:2:17: unknown feature 'SME3'");
    expect_refused("name: [x\n", "m.yaml:");
    expect_refused("", "empty machine description");
    expect_refused("name: x\nclusters:\n  - {name: p, cores: 1}\nfeatures: [A64]\ngroups:\n  int.alu: {latency: 1}\n",
                   "m.yaml:6:12: timing group 'int.alu' needs both latency and throughput");
    expect_refused("name: x\nclusters:\n  - {name: p, cores: 1}\nfeatures: [A64]\ngroups:\n  int.alu: {latency: 1, throughput: 1}\n",
                   "has no latency and throughput (give it or a group it is part of)");
    expect_refused("name: x\nclusters:\n  - {name: p, cores: 1}\nfeatures: [A64]\ngroups:\n  sve.nonesuch: {latency: 1, throughput: 1}\n",
                   "m.yaml:6:17: unknown timing group 'sve.nonesuch'");
    expect_refused("name: x\nclusters:\n  - {name: p, cores: 0}\n", "m.yaml:3:22: 0 is out of range");
}

TEST(a_missing_file_is_named)
{
    smesim_machine m;
    char err[256];
    expect_false(smesim_machine_load("/nonexistent/m.yaml", &m, err, sizeof err));
    expect_true(strstr(err, "/nonexistent/m.yaml: cannot open") == err);
}

RUN_TESTS(T(the_default_machine_loads), T(bad_descriptions_name_the_place), T(a_missing_file_is_named),
          T(a_group_not_given_takes_its_parents_timing), T(features_bring_what_they_imply))
