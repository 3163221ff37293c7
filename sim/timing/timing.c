/* sim/timing/timing.c — the cycle-approximate model of sim/timing/timing.h.
 *
 * Cores issue in order, issue_width instructions per cycle, each waiting for
 * the registers it reads (a scoreboard per X/Z/P register, per ZA granule,
 * per flag set) and for its group's pipe (1/throughput cycles apart).
 * SME instructions, and SVE instructions in streaming mode, are dispatched
 * to the SME unit of the core's cluster, which several cores share: it
 * issues one instruction per cycle, in arrival order, when its Z/P/ZA
 * operands are ready and its group's pipe is free.  A core may have at most
 * queue_depth instructions waiting in the unit.  Changes of PSTATE.SM/ZA
 * wait for the core's SME work to drain.  Times are in cycles (doubles, so
 * throughputs above one are exact); every step is a pure function of the
 * record sequence.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "sim/timing/timing.h"

#define DCACHE 4096

typedef struct dentry {
    uint32_t word;
    int valid;
    int id;
    smesim_access acc;
} dentry;

typedef struct tcore {
    double issue;                       /* cycle of the current issue group */
    unsigned slots;                     /* instructions issued in it */
    double ready[SMESIM_NUM_RES];
    double pipe_free[SMESIM_NUM_TGROUPS];
    double done;                        /* latest completion of core-side work */
    double sme_done;                    /* latest completion of its SME work */
    double mode_ready;                  /* when the last SM/ZA change took effect */
    double *queue;                      /* start times of its last queue_depth SME ops */
    unsigned qpos;
    unsigned unit;
    uint64_t insns, sme_insns;
} tcore;

typedef struct tunit {
    double last_start;
    double pipe_free[SMESIM_NUM_TGROUPS];
    smesim_unit_stats st;
} tunit;

/* Where a timing group's instructions run: the SME unit always (group sme
 * and its parts), in streaming mode (sve, simd, fp), or on the core. */
enum { UNIT_NEVER, UNIT_STREAMING, UNIT_ALWAYS };

static int unit_kind_of(int g)
{
    while (smesim_tgroup_parent[g] >= 0) g = smesim_tgroup_parent[g];
    const char *root = smesim_tgroup_names[g];
    if (!strcmp(root, "sme")) return UNIT_ALWAYS;
    if (!strcmp(root, "sve") || !strcmp(root, "simd") || !strcmp(root, "fp")) return UNIT_STREAMING;
    return UNIT_NEVER;
}

struct smesim_timing {
    smesim_machine m;
    uint8_t unit_kind[SMESIM_NUM_TGROUPS];
    unsigned ncores;
    tcore core[SMESIM_MAX_CORES];
    tunit unit[SMESIM_MAX_CLUSTERS];
    dentry *cache;
};

smesim_timing *smesim_timing_new(const smesim_machine *m, unsigned ncores)
{
    if (ncores == 0 || ncores > m->ncores) return NULL;
    smesim_timing *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->m = *m;
    t->ncores = ncores;
    for (int g = 0; g < SMESIM_NUM_TGROUPS; g++) t->unit_kind[g] = (uint8_t)unit_kind_of(g);
    t->cache = calloc(DCACHE, sizeof *t->cache);
    if (!t->cache) { free(t); return NULL; }
    for (unsigned u = 0; u < SMESIM_MAX_CLUSTERS; u++) t->unit[u].last_start = -1;
    for (unsigned c = 0; c < ncores; c++) {
        t->core[c].unit = smesim_machine_cluster_of(m, c);
        t->core[c].queue = calloc(m->sme_queue_depth, sizeof(double));
        if (!t->core[c].queue) { smesim_timing_free(t); return NULL; }
    }
    return t;
}

void smesim_timing_free(smesim_timing *t)
{
    if (!t) return;
    for (unsigned c = 0; c < t->ncores; c++) free(t->core[c].queue);
    free(t->cache);
    free(t);
}

static const dentry *lookup(smesim_timing *t, uint32_t word)
{
    dentry *e = &t->cache[(word ^ (word >> 12) ^ (word >> 24)) & (DCACHE - 1)];
    if (!e->valid || e->word != word) {
        smesim_insn insn;
        smesim_decode(word, &insn);
        e->word = word;
        e->valid = 1;
        e->id = insn.id;
        smesim_insn_access(&insn, &e->acc);
    }
    return e;
}

static inline double dmax(double a, double b) { return a > b ? a : b; }

/* Latest ready time of the resources in `set` selected by `mask`. */
static double wait_for(const tcore *c, const smesim_resset *set, const smesim_resset *mask)
{
    double t = 0;
    for (int w = 0; w < 2; w++) {
        uint64_t bits = set->w[w] & mask->w[w];
        while (bits) {
            int b = __builtin_ctzll(bits);
            bits &= bits - 1;
            t = dmax(t, c->ready[w * 64 + b]);
        }
    }
    return t;
}

static void set_ready(tcore *c, const smesim_resset *set, double when)
{
    for (int w = 0; w < 2; w++) {
        uint64_t bits = set->w[w];
        while (bits) {
            int b = __builtin_ctzll(bits);
            bits &= bits - 1;
            if (w * 64 + b < SMESIM_NUM_RES) c->ready[w * 64 + b] = when;
        }
    }
}

/* Resources the core reads itself (general registers and flags) versus
 * those that live with the vector/matrix state. */
static const smesim_resset core_side = { { 0xffffffffull, (uint64_t)1 << (SMESIM_RES_NZCV - 64) } };
static const smesim_resset all_res = { { ~0ull, ~0ull } };

/* Takes an issue slot at or after `at`; returns the cycle it got. */
static double take_slot(smesim_timing *t, tcore *c, double at)
{
    if (at > c->issue) {
        c->issue = ceil(at);
        c->slots = 0;
    }
    if (c->slots == t->m.issue_width) {
        c->issue += 1;
        c->slots = 0;
    }
    c->slots++;
    return c->issue;
}

void smesim_timing_step(smesim_timing *t, const smesim_rec *rec)
{
    const dentry *e = lookup(t, rec->word);
    smesim_timing_step_decoded(t, rec, e->id, &e->acc);
}

void smesim_timing_step_decoded(smesim_timing *t, const smesim_rec *rec, int id, const smesim_access *acc)
{
    if (rec->core >= t->ncores) return;
    tcore *c = &t->core[rec->core];
    c->insns++;
    int tg = id >= 0 ? smesim_insn_infos[id].tgroup : 0;
    const smesim_group_timing *g = &t->m.group[tg];
    double interval = 1.0 / g->throughput;
    int on_unit = t->unit_kind[tg] == UNIT_ALWAYS ||
                  (t->unit_kind[tg] == UNIT_STREAMING && (rec->flags & SMESIM_REC_SM));
    int mode_change = smesim_res_has(&acc->wr, SMESIM_RES_SM);

    if (!on_unit) {
        double at = dmax(c->issue, wait_for(c, &acc->rd, &all_res));
        at = dmax(at, c->pipe_free[tg]);
        if (mode_change) at = dmax(at, c->sme_done);   /* SMSTART/SMSTOP drain the unit */
        double start = take_slot(t, c, at);
        c->pipe_free[tg] = start + interval;
        double done = start + g->latency;
        set_ready(c, &acc->wr, done);
        c->done = dmax(c->done, done);
        if (mode_change) c->mode_ready = done;
        if (rec->flags & SMESIM_REC_TAKEN) {
            /* a taken branch ends the issue group */
            c->issue = start + 1 + t->m.branch_taken_cycles;
            c->slots = 0;
        }
        return;
    }

    tunit *u = &t->unit[c->unit];
    unsigned depth = t->m.sme_queue_depth;
    double at = dmax(c->issue, wait_for(c, &acc->rd, &core_side));
    at = dmax(at, c->mode_ready);
    at = dmax(at, c->queue[c->qpos]);                 /* a free place in the queue */
    double disp = take_slot(t, c, at);
    double start = disp + t->m.sme_dispatch_cycles;
    start = dmax(start, wait_for(c, &acc->rd, &all_res));
    start = dmax(start, u->pipe_free[tg]);
    start = dmax(start, u->last_start + 1);           /* one issue per cycle, in order */
    start = ceil(start);
    u->last_start = start;
    u->pipe_free[tg] = start + interval;
    u->st.busy_cycles += interval;
    u->st.ops++;
    if (id >= 0) u->st.flops += (double)smesim_insn_infos[id].flops * rec->active;
    double done = start + g->latency;
    set_ready(c, &acc->wr, done);
    c->sme_done = dmax(c->sme_done, done);
    c->queue[c->qpos] = start;
    c->qpos = (c->qpos + 1) % depth;
    c->sme_insns++;
}

double smesim_timing_core_clock(const smesim_timing *t, unsigned core)
{
    return core < t->ncores ? t->core[core].issue : 0;
}

static double core_end(const tcore *c)
{
    return dmax(dmax(c->issue + (c->slots ? 1 : 0), c->done), c->sme_done);
}

uint64_t smesim_timing_cycles(const smesim_timing *t)
{
    double end = 0;
    for (unsigned c = 0; c < t->ncores; c++) end = dmax(end, core_end(&t->core[c]));
    return (uint64_t)ceil(end);
}

void smesim_timing_core(const smesim_timing *t, unsigned core, smesim_core_stats *out)
{
    memset(out, 0, sizeof *out);
    if (core >= t->ncores) return;
    const tcore *c = &t->core[core];
    out->cycles = (uint64_t)ceil(core_end(c));
    out->insns = c->insns;
    out->sme_insns = c->sme_insns;
}

unsigned smesim_timing_nunits(const smesim_timing *t)
{
    unsigned n = 0;
    for (unsigned c = 0; c < t->ncores; c++)
        if (t->core[c].unit + 1 > n) n = t->core[c].unit + 1;
    return n;
}

void smesim_timing_unit(const smesim_timing *t, unsigned unit, smesim_unit_stats *out)
{
    memset(out, 0, sizeof *out);
    if (unit < SMESIM_MAX_CLUSTERS) *out = t->unit[unit].st;
}
