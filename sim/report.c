/* sim/report.c — the run report (sim/report.h), text and JSON. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "sim/report.h"

/* 1234567 -> "1,234,567" */
static const char *commas(uint64_t v, char *buf)
{
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%llu", (unsigned long long)v), o = 0;
    for (int i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0) buf[o++] = ',';
        buf[o++] = tmp[i];
    }
    buf[o] = '\0';
    return buf;
}

typedef struct totals {
    uint64_t cycles, insns, sme_insns;
    double seconds, flops;
} totals;

static void sum(const smesim_report *r, totals *x)
{
    memset(x, 0, sizeof *x);
    x->cycles = smesim_timing_cycles(r->t);
    for (unsigned c = 0; c < r->ncores; c++) {
        smesim_core_stats cs;
        smesim_timing_core(r->t, c, &cs);
        x->insns += cs.insns;
        x->sme_insns += cs.sme_insns;
    }
    for (unsigned u = 0; u < smesim_timing_nunits(r->t); u++) {
        smesim_unit_stats us;
        smesim_timing_unit(r->t, u, &us);
        x->flops += us.flops;
    }
    x->seconds = (double)x->cycles / (r->m->freq_ghz * 1e9);
}

void smesim_report_text(FILE *f, const smesim_report *r)
{
    char a[40], b[40];
    if (!r->t) {
        fprintf(f, "\n Counter stats for '%s' (smesim %s, functional: no timing model; SVL %u, %u core%s):\n\n"
                   "  %18s      instructions\n\n",
                r->program, r->source, r->svl_bits, r->ncores, r->ncores == 1 ? "" : "s",
                commas(r->insns, a));
        return;
    }
    totals x;
    sum(r, &x);
    double cyc = x.cycles ? (double)x.cycles : 1.0;
    fprintf(f, "\n Performance counter stats for '%s' (smesim %s; machine '%s', %u core%s, SVL %u):\n\n",
            r->program, r->source, r->m->name, r->ncores, r->ncores == 1 ? "" : "s", r->svl_bits);
    fprintf(f, "  %18s      cycles                   #  %7.3f GHz modelled clock\n", commas(x.cycles, a),
            r->m->freq_ghz);
    fprintf(f, "  %18s      instructions             #  %7.2f  insn per cycle\n", commas(x.insns, a),
            (double)x.insns / cyc);
    fprintf(f, "  %18s      SME unit instructions    #  %6.1f%% of all\n", commas(x.sme_insns, a),
            x.insns ? 100.0 * (double)x.sme_insns / (double)x.insns : 0.0);
    for (unsigned u = 0; u < smesim_timing_nunits(r->t); u++) {
        smesim_unit_stats us;
        smesim_timing_unit(r->t, u, &us);
        fprintf(f, "  %18s      SME unit %u busy cycles   #  %6.1f%% busy (%s ops)\n",
                commas((uint64_t)(us.busy_cycles + 0.5), a), u, 100.0 * us.busy_cycles / cyc,
                commas(us.ops, b));
    }
    fprintf(f, "  %18s      flops                    #  %7.2f  flops per cycle, %.1f GFLOP/s\n",
            commas((uint64_t)(x.flops + 0.5), a), x.flops / cyc,
            x.seconds > 0 ? x.flops / x.seconds / 1e9 : 0.0);
    fprintf(f, "\n  %18.9f seconds modelled\n\n", x.seconds);
}

static json_t *build(const smesim_report *r)
{
    json_t *o = json_object();
    if (!r->t) {
        json_object_set_new(o, "program", json_string(r->program));
        json_object_set_new(o, "source", json_string(r->source));
        json_object_set_new(o, "machine", json_string(r->m->name));
        json_object_set_new(o, "svl_bits", json_integer(r->svl_bits));
        json_object_set_new(o, "functional", json_true());
        json_object_set_new(o, "instructions", json_integer((json_int_t)r->insns));
        return o;
    }
    totals x;
    sum(r, &x);
    json_object_set_new(o, "program", json_string(r->program));
    json_object_set_new(o, "source", json_string(r->source));
    json_object_set_new(o, "machine", json_string(r->m->name));
    json_object_set_new(o, "svl_bits", json_integer(r->svl_bits));
    json_object_set_new(o, "cycles", json_integer((json_int_t)x.cycles));
    json_object_set_new(o, "freq_ghz", json_real(r->m->freq_ghz));
    json_object_set_new(o, "seconds", json_real(x.seconds));
    json_object_set_new(o, "instructions", json_integer((json_int_t)x.insns));
    json_object_set_new(o, "flops", json_real(x.flops));
    json_object_set_new(o, "flops_per_cycle", json_real(x.cycles ? x.flops / (double)x.cycles : 0.0));
    json_t *cores = json_array();
    for (unsigned c = 0; c < r->ncores; c++) {
        smesim_core_stats cs;
        smesim_timing_core(r->t, c, &cs);
        json_t *e = json_object();
        json_object_set_new(e, "id", json_integer(c));
        json_object_set_new(e, "cycles", json_integer((json_int_t)cs.cycles));
        json_object_set_new(e, "insns", json_integer((json_int_t)cs.insns));
        json_object_set_new(e, "sme_insns", json_integer((json_int_t)cs.sme_insns));
        json_array_append_new(cores, e);
    }
    json_object_set_new(o, "cores", cores);
    json_t *units = json_array();
    for (unsigned u = 0; u < smesim_timing_nunits(r->t); u++) {
        smesim_unit_stats us;
        smesim_timing_unit(r->t, u, &us);
        json_t *e = json_object();
        json_object_set_new(e, "id", json_integer(u));
        json_object_set_new(e, "cluster", json_string(r->m->cluster[u].name));
        json_object_set_new(e, "busy_cycles", json_real(us.busy_cycles));
        json_object_set_new(e, "ops", json_integer((json_int_t)us.ops));
        json_object_set_new(e, "flops", json_real(us.flops));
        json_array_append_new(units, e);
    }
    json_object_set_new(o, "sme_units", units);
    return o;
}

int smesim_report_json(const char *path, const smesim_report *r, char *err, size_t errn)
{
    json_t *o = build(r);
    if (!o) { snprintf(err, errn, "%s: out of memory", path); return 0; }
    int ok;
    if (!strcmp(path, "-")) {
        ok = json_dumpf(o, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(12)) == 0 && fputc('\n', stdout) != EOF && fflush(stdout) == 0;
        if (!ok) snprintf(err, errn, "<stdout>: cannot write the JSON report");
    } else {
        char tmp[4096];
        snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
        ok = json_dump_file(o, tmp, JSON_INDENT(2) | JSON_REAL_PRECISION(12)) == 0;
        if (ok && rename(tmp, path) != 0) ok = 0;
        if (!ok) {
            snprintf(err, errn, "%s: cannot write the JSON report: %s", path, strerror(errno));
            remove(tmp);
        }
    }
    json_decref(o);
    return ok;
}
