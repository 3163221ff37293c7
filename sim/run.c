/* sim/run.c — the simulation loop (sim/run.h): fetch, decode through a small
 * per-core cache keyed by PC and checked against the word, execute, hand the
 * record on.  Errors name the source line (assembled programs), the
 * instruction, the PC and the core.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sim/loader.h"
#include "sim/run.h"

#define ICACHE 2048

typedef struct ientry {
    uint64_t pc;
    smesim_insn insn;
} ientry;

typedef struct simcore {
    smesim_cpu *cpu;
    smesim_mem mem;
    ientry *icache;
    int done;
} simcore;

struct smesim_sim {
    const smesim_image *img;
    unsigned ncores;
    simcore core[SMESIM_MAX_CORES];
};

void smesim_sim_free(smesim_sim *s)
{
    if (!s) return;
    for (unsigned c = 0; c < s->ncores; c++) {
        free(s->core[c].cpu);
        free(s->core[c].icache);
        smesim_mem_free(&s->core[c].mem);
    }
    free(s);
}

smesim_sim *smesim_sim_new(const smesim_machine *m, const smesim_image *img, unsigned ncores,
                           unsigned svl_bits, unsigned vl_bits, int argc, const char *const *argv,
                           char *err, size_t errn)
{
    if (ncores == 0 || ncores > m->ncores) {
        snprintf(err, errn, "machine '%s' has %u cores; cannot run on %u", m->name, m->ncores, ncores);
        return NULL;
    }
    smesim_sim *s = calloc(1, sizeof *s);
    if (!s) { snprintf(err, errn, "out of memory"); return NULL; }
    s->img = img;
    s->ncores = ncores;
    for (unsigned c = 0; c < ncores; c++) {
        simcore *k = &s->core[c];
        smesim_mem_init(&k->mem);
        k->cpu = calloc(1, sizeof *k->cpu);
        k->icache = calloc(ICACHE, sizeof *k->icache);
        if (!k->cpu || !k->icache) {
            snprintf(err, errn, "out of memory");
            s->ncores = c + 1;
            smesim_sim_free(s);
            return NULL;
        }
        for (unsigned i = 0; i < ICACHE; i++) k->icache[i].pc = 1;   /* never a valid PC */
        k->cpu->features = m->features;
        smesim_cpu_reset(k->cpu, svl_bits / 8, vl_bits / 8, &k->mem);
        if (!smesim_load(img, &k->mem, k->cpu, argc, argv, err, errn)) {
            s->ncores = c + 1;
            smesim_sim_free(s);
            return NULL;
        }
    }
    return s;
}

smesim_cpu *smesim_sim_cpu(smesim_sim *s, unsigned core)
{
    return core < s->ncores ? s->core[core].cpu : NULL;
}

unsigned smesim_sim_ncores(const smesim_sim *s)
{
    return s->ncores;
}

/* "prog.s:12: " when the PC has a source line. */
static void place(const smesim_sim *s, uint64_t pc, char *buf, size_t n)
{
    unsigned line = smesim_image_line(s->img, pc);
    if (line) snprintf(buf, n, "%s:%u: ", s->img->path, line);
    else snprintf(buf, n, "%s: ", s->img->path);
}

static void describe(const smesim_sim *s, unsigned core, smesim_status st, const smesim_insn *insn,
                     smesim_run_result *res)
{
    const smesim_cpu *cpu = s->core[core].cpu;
    char where[300], text[100] = "";
    place(s, cpu->pc, where, sizeof where);
    if (insn) smesim_disasm(insn, text, sizeof text);
    const char *kind = st == SMESIM_FAULT ? "guest fault" : st == SMESIM_UNDEF ? "undefined instruction"
                                                                               : "unsupported";
    if (st == SMESIM_FAULT)
        snprintf(res->msg, sizeof res->msg, "%s%s: %s (%s at pc 0x%llx, core %u)", where, kind,
                 cpu->fault.msg, text, (unsigned long long)cpu->pc, core);
    else
        snprintf(res->msg, sizeof res->msg, "%s%s: %s (pc 0x%llx, core %u)", where, kind, cpu->fault.msg,
                 (unsigned long long)cpu->pc, core);
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int smesim_sim_run(smesim_sim *s, smesim_timing *t, smesim_rec_sink sink, void *sink_ctx,
                   uint64_t max_insns, int progress, smesim_run_result *res)
{
    memset(res, 0, sizeof *res);
    unsigned live = 0;
    for (unsigned c = 0; c < s->ncores; c++) live += !s->core[c].done;
    double t0 = now_s(), last_shown = t0;
    unsigned rr = 0;
    while (live) {
        /* the core furthest behind in modelled time (round-robin without a model) */
        unsigned c = 0;
        if (t) {
            double best = 0;
            int first = 1;
            for (unsigned k = 0; k < s->ncores; k++) {
                if (s->core[k].done) continue;
                double clk = smesim_timing_core_clock(t, k);
                if (first || clk < best) { best = clk; c = k; first = 0; }
            }
        } else {
            do c = rr++ % s->ncores; while (s->core[c].done);
        }
        simcore *k = &s->core[c];
        smesim_cpu *cpu = k->cpu;
        const uint8_t *p = smesim_mem_ptr(&k->mem, cpu->pc, 4, SMESIM_MEM_X);
        if (!p || (cpu->pc & 3)) {
            char where[300];
            place(s, cpu->pc, where, sizeof where);
            res->status = SMESIM_FAULT;
            snprintf(res->msg, sizeof res->msg,
                     "%sguest fault: instruction fetch at 0x%llx: %s (core %u)", where,
                     (unsigned long long)cpu->pc,
                     (cpu->pc & 3) ? "not 4-byte aligned" : "not in an executable region", c);
            return 0;
        }
        uint32_t word = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
        ientry *e = &k->icache[(cpu->pc >> 2) & (ICACHE - 1)];
        if (e->pc != cpu->pc || e->insn.word != word) {
            smesim_decode(word, &e->insn);
            e->pc = cpu->pc;
        }
        smesim_rec rec;
        smesim_status st = smesim_execute(cpu, &e->insn, &rec);
        rec.core = (uint8_t)c;
        rec.pad = 0;
        if (st == SMESIM_OK || st == SMESIM_EXIT) {
            res->insns++;
            if (t) smesim_timing_step(t, &rec);
            if (sink && !sink(sink_ctx, &rec)) {
                res->status = SMESIM_ERROR;
                snprintf(res->msg, sizeof res->msg, "could not write the trace");
                return 0;
            }
        }
        if (st == SMESIM_EXIT) {
            k->done = 1;
            live--;
            if (cpu->exit_code && !res->exit_code) res->exit_code = cpu->exit_code;
        } else if (st != SMESIM_OK) {
            res->status = st;
            describe(s, c, st, &e->insn, res);
            return 0;
        }
        if (max_insns && res->insns >= max_insns && live) {
            res->status = SMESIM_ERROR;
            snprintf(res->msg, sizeof res->msg,
                     "%s: stopped after %llu instructions (--max-insns); the guest had not exited",
                     s->img->path, (unsigned long long)res->insns);
            return 0;
        }
        if (progress && (res->insns & 0xfffff) == 0) {
            double tn = now_s();
            if (tn - last_shown > 0.5) {
                fprintf(stderr, "\rsmesim: %.1f M instructions, %.1f M/s   ", res->insns / 1e6,
                        res->insns / 1e6 / (tn - t0));
                last_shown = tn;
            }
        }
    }
    if (progress && now_s() - t0 > 0.5) fprintf(stderr, "\r%60s\r", "");
    res->status = SMESIM_OK;
    return 1;
}
