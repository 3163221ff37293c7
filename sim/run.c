/* sim/run.c — the simulation loop (sim/run.h): each core runs predecoded
 * blocks (sim/exec/block.h) entry by entry, handing each record on to the
 * timing model and the trace when there are any.  With several cores and a
 * timing model, the core furthest behind in modelled time runs one
 * instruction at a time; otherwise a core runs whole blocks.  Errors name
 * the source line (assembled programs), the instruction, the PC and the core.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sim/exec/block.h"
#include "sim/loader.h"
#include "sim/run.h"

typedef struct simcore {
    smesim_cpu *cpu;
    smesim_mem mem;
    smesim_blocks *blocks;
    const smesim_block *b;              /* the block it is in, and where */
    unsigned i;
    uint64_t dropped;                   /* code drops seen so far */
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
        smesim_blocks_free(s->core[c].blocks);
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
        k->blocks = smesim_blocks_new(&k->mem);
        if (!k->cpu || !k->blocks) {
            snprintf(err, errn, "out of memory");
            s->ncores = c + 1;
            smesim_sim_free(s);
            return NULL;
        }
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
                       : st == SMESIM_UNIMPL ? "not implemented" : "unsupported";
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

/* Runs core c for at most `budget` instructions, block after block.
 * Returns the status of the last instruction; *ran counts the
 * instructions that completed (or exited).  The hot loop: an indirect call
 * per instruction, the PC compared with the next entry's. */
static smesim_status run_core(smesim_sim *s, unsigned c, smesim_timing *t, smesim_rec_sink sink,
                              void *sink_ctx, uint64_t budget, uint64_t *ran, const smesim_insn **last)
{
    simcore *k = &s->core[c];
    smesim_cpu *cpu = k->cpu;
    const uint64_t *drops = smesim_blocks_drops(k->blocks);
    uint64_t n = 0;
    *last = NULL;
    smesim_block *b = (smesim_block *)k->b;
    unsigned i = k->i;
    if (!b || *drops != k->dropped || i >= b->n || cpu->pc != b->e[i].pc) {
        b = smesim_block_at(k->blocks, cpu);
        i = 0;
        k->dropped = *drops;
        if (!b) { k->b = NULL; *ran = 0; return SMESIM_FAULT; }
    }
    int recording = t || sink;
    smesim_status st = SMESIM_OK;
    smesim_rec rec;              /* filled for each instruction only when recording */
    memset(&rec, 0, sizeof rec);
    const smesim_entry *e = &b->e[i];
    int in_block = 0;            /* the last step moved on inside the block */
    while (n < budget) {
        if (recording) {
            rec.flags = (uint8_t)((cpu->svcr & SMESIM_SVCR_SM ? SMESIM_REC_SM : 0) |
                                  (cpu->svcr & SMESIM_SVCR_ZA ? SMESIM_REC_ZA : 0));
            rec.addr = 0;
            rec.bytes = 0;
            rec.active = 0;
        }
        cpu->pc = e->pc;
        cpu->next_pc = e->pc + 4;
        st = e->fn(cpu, &e->insn, &rec);
        if (__builtin_expect(st != SMESIM_OK, 0)) {
            *last = &e->insn;
            if (st != SMESIM_EXIT) break;
        }
        if (recording) {
            rec.pc = cpu->pc;
            rec.word = e->insn.word;
            rec.core = (uint8_t)c;
            rec.pad = 0;
            if (t) smesim_timing_step_decoded(t, &rec, &e->ti);
            if (sink && !sink(sink_ctx, &rec)) { st = SMESIM_ERROR; break; }
        }
        n++;
        if (!e->flags) {           /* within a block nothing but the last entry branches */
            e++;
            in_block = 1;
            continue;
        }
        in_block = 0;
        cpu->pc = cpu->next_pc;
        if (st == SMESIM_EXIT) break;
        if ((e->flags & SMESIM_ENTRY_STORES) && *drops != k->dropped) {   /* the code changed */
            k->dropped = *drops;
            b = NULL;
            break;
        }
        if (!(e->flags & SMESIM_ENTRY_LAST)) {
            e++;
            in_block = 1;
            continue;
        }
        /* the next block, through the chain when it is one we have seen */
        const smesim_block *nb = smesim_block_next(k->blocks, b, cpu);
        k->dropped = *drops;
        if (!nb) { b = NULL; break; }         /* the fetch faults on the next turn */
        b = (smesim_block *)nb;
        e = b->e;
    }
    if (in_block && st == SMESIM_OK) cpu->pc = e->pc;   /* the PC of what runs next */
    k->b = b;
    k->i = b ? (unsigned)(e - b->e) : 0;
    *ran = n;
    return st;
}

int smesim_sim_run(smesim_sim *s, smesim_timing *t, smesim_rec_sink sink, void *sink_ctx,
                   uint64_t max_insns, int progress, smesim_run_result *res)
{
    memset(res, 0, sizeof *res);
    unsigned live = 0;
    for (unsigned c = 0; c < s->ncores; c++) live += !s->core[c].done;
    double t0 = now_s(), last_shown = t0;
    uint64_t next_show = 1u << 20;
    unsigned rr = 0;
    /* with several cores sharing modelled units, interleave instruction by
     * instruction in modelled time; otherwise whole blocks */
    int one_by_one = t && s->ncores > 1;
    while (live) {
        unsigned c = 0;
        if (one_by_one) {   /* the core furthest behind in modelled time */
            uint64_t best = 0;
            int first = 1;
            for (unsigned k = 0; k < s->ncores; k++) {
                if (s->core[k].done) continue;
                uint64_t clk = smesim_timing_core_clock(t, k);
                if (first || clk < best) { best = clk; c = k; first = 0; }
            }
        } else {
            do c = rr++ % s->ncores; while (s->core[c].done);
        }
        uint64_t budget = one_by_one ? 1 : s->ncores > 1 ? SMESIM_BLOCK_MAX : 1u << 16;
        if (max_insns && max_insns - res->insns < budget) budget = max_insns - res->insns;
        uint64_t ran;
        const smesim_insn *last;
        smesim_status st = run_core(s, c, t, sink, sink_ctx, budget, &ran, &last);
        res->insns += ran;
        smesim_cpu *cpu = s->core[c].cpu;
        if (st == SMESIM_EXIT) {
            s->core[c].done = 1;
            live--;
            if (cpu->exit_code && !res->exit_code) res->exit_code = cpu->exit_code;
        } else if (st == SMESIM_ERROR && sink) {
            res->status = SMESIM_ERROR;
            snprintf(res->msg, sizeof res->msg, "could not write the trace");
            return 0;
        } else if (st != SMESIM_OK) {
            res->status = st;
            if (!last && st == SMESIM_FAULT) {
                char where[300];
                place(s, cpu->pc, where, sizeof where);
                snprintf(res->msg, sizeof res->msg, "%sguest fault: %s (core %u)", where, cpu->fault.msg, c);
            } else {
                describe(s, c, st, last, res);
            }
            return 0;
        }
        if (max_insns && res->insns >= max_insns && live) {
            res->status = SMESIM_ERROR;
            snprintf(res->msg, sizeof res->msg,
                     "%s: stopped after %llu instructions (--max-insns); the guest had not exited",
                     s->img->path, (unsigned long long)res->insns);
            return 0;
        }
        if (progress && res->insns >= next_show) {
            next_show = res->insns + (1u << 20);
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
