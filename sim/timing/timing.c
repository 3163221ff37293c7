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
 * wait for the core's SME work to drain.  Times are integers in ticks of
 * 1/256 cycle, so throughputs like 0.8 per cycle (1.25-cycle intervals) are
 * exact; every step is a pure function of the record sequence.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "sim/timing/timing.h"

#define DCACHE 4096
#define TICK 256                            /* ticks per cycle */

typedef uint64_t tick;

typedef struct dentry {
    uint32_t word;
    int valid;
    smesim_tinsn ti;
} dentry;

typedef struct tcore {
    tick issue;                         /* the current issue group (a whole cycle) */
    unsigned slots;                     /* instructions issued in it */
    tick ready[SMESIM_NUM_RES];
    tick pipe_free[SMESIM_NUM_TGROUPS];
    tick done;                          /* latest completion of core-side work */
    tick sme_done;                      /* latest completion of its SME work */
    tick mode_ready;                    /* when the last SM/ZA change took effect */
    tick *queue;                        /* start times of its last queue_depth SME ops */
    unsigned qpos;
    unsigned unit;
    uint64_t insns, sme_insns;
} tcore;

typedef struct tunit {
    tick next_start;                    /* the earliest its next instruction may start */
    tick pipe_free[SMESIM_NUM_TGROUPS];
    tick busy;                          /* sum of pipe occupancy */
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
    tick latency[SMESIM_NUM_TGROUPS];   /* per group, in ticks */
    tick interval[SMESIM_NUM_TGROUPS];  /* 1 / throughput, in ticks */
    tick dispatch, branch_taken;
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
    for (int g = 0; g < SMESIM_NUM_TGROUPS; g++) {
        t->unit_kind[g] = (uint8_t)unit_kind_of(g);
        t->latency[g] = (tick)llround(m->group[g].latency * TICK);
        t->interval[g] = (tick)llround(TICK / m->group[g].throughput);
    }
    t->dispatch = (tick)llround(m->sme_dispatch_cycles * TICK);
    t->branch_taken = (tick)llround(m->branch_taken_cycles * TICK);
    t->cache = calloc(DCACHE, sizeof *t->cache);
    if (!t->cache) { free(t); return NULL; }
    for (unsigned c = 0; c < ncores; c++) {
        t->core[c].unit = smesim_machine_cluster_of(m, c);
        t->core[c].queue = calloc(m->sme_queue_depth, sizeof(tick));
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
        smesim_timing_prepare(&insn, &e->ti);
    }
    return e;
}

static inline tick tmax(tick a, tick b) { return a > b ? a : b; }
static inline tick cycle_up(tick a) { return (a + TICK - 1) & ~(tick)(TICK - 1); }

/* Latest ready time of the n resources in list r. */
static inline tick wait_for(const tcore *c, const uint8_t *r, unsigned n)
{
    tick t = 0;
    for (unsigned k = 0; k < n; k++) t = tmax(t, c->ready[r[k]]);
    return t;
}

static inline void set_ready(tcore *c, const uint8_t *r, unsigned n, tick when)
{
    for (unsigned k = 0; k < n; k++) c->ready[r[k]] = when;
}

/* Resources the core reads itself (general registers and flags) versus
 * those that live with the vector/matrix state. */
static int core_side(unsigned r)
{
    return r <= SMESIM_RES_SP || r == SMESIM_RES_NZCV;
}

void smesim_timing_prepare(const smesim_insn *insn, smesim_tinsn *out)
{
    memset(out, 0, sizeof *out);
    out->id = (int16_t)insn->id;
    out->tgroup = (int16_t)(insn->id >= 0 ? smesim_insn_infos[insn->id].tgroup : 0);
    smesim_access acc;
    smesim_insn_access(insn, &acc);
    unsigned n = 0;
    for (int pass = 0; pass < 3; pass++) {
        const smesim_resset *set = pass < 2 ? &acc.rd : &acc.wr;
        for (unsigned r = 0; r < SMESIM_NUM_RES && n < SMESIM_TINSN_MAX; r++) {
            if (!smesim_res_has(set, r)) continue;
            if (pass == 0 && !core_side(r)) continue;
            if (pass == 1 && core_side(r)) continue;
            out->res[n++] = (uint8_t)r;
            if (pass == 0) out->nrd_core++;
            else if (pass == 1) out->nrd_vec++;
            else out->nwr++;
        }
    }
    out->mode_change = (uint8_t)smesim_res_has(&acc.wr, SMESIM_RES_SM);
}

/* Takes an issue slot at or after `at`; returns the cycle it got. */
static tick take_slot(smesim_timing *t, tcore *c, tick at)
{
    if (at > c->issue) {
        c->issue = cycle_up(at);
        c->slots = 0;
    }
    if (c->slots == t->m.issue_width) {
        c->issue += TICK;
        c->slots = 0;
    }
    c->slots++;
    return c->issue;
}

void smesim_timing_step(smesim_timing *t, const smesim_rec *rec)
{
    const dentry *e = lookup(t, rec->word);
    smesim_timing_step_decoded(t, rec, &e->ti);
}

void smesim_timing_step_decoded(smesim_timing *t, const smesim_rec *rec, const smesim_tinsn *ti)
{
    if (rec->core >= t->ncores) return;
    tcore *c = &t->core[rec->core];
    c->insns++;
    int id = ti->id, tg = ti->tgroup;
    tick interval = t->interval[tg], latency = t->latency[tg];
    int on_unit = t->unit_kind[tg] == UNIT_ALWAYS ||
                  (t->unit_kind[tg] == UNIT_STREAMING && (rec->flags & SMESIM_REC_SM));
    int mode_change = ti->mode_change;
    const uint8_t *rd_core = ti->res, *rd_vec = ti->res + ti->nrd_core;
    const uint8_t *wr = rd_vec + ti->nrd_vec;

    if (!on_unit) {
        tick at = tmax(c->issue, tmax(wait_for(c, rd_core, ti->nrd_core), wait_for(c, rd_vec, ti->nrd_vec)));
        at = tmax(at, c->pipe_free[tg]);
        if (mode_change) at = tmax(at, c->sme_done);   /* SMSTART/SMSTOP drain the unit */
        tick start = take_slot(t, c, at);
        c->pipe_free[tg] = start + interval;
        tick done = start + latency;
        set_ready(c, wr, ti->nwr, done);
        c->done = tmax(c->done, done);
        if (mode_change) c->mode_ready = done;
        if (rec->flags & SMESIM_REC_TAKEN) {
            /* a taken branch ends the issue group */
            c->issue = start + TICK + t->branch_taken;
            c->slots = 0;
        }
        return;
    }

    tunit *u = &t->unit[c->unit];
    tick at = tmax(c->issue, wait_for(c, rd_core, ti->nrd_core));
    at = tmax(at, c->mode_ready);
    at = tmax(at, c->queue[c->qpos]);                 /* a free place in the queue */
    tick disp = take_slot(t, c, at);
    tick start = disp + t->dispatch;
    start = tmax(start, wait_for(c, rd_vec, ti->nrd_vec));   /* core-side reads were waited for */
    start = tmax(start, u->pipe_free[tg]);
    start = cycle_up(tmax(start, u->next_start));     /* one issue per cycle, in order */
    u->next_start = start + TICK;
    u->pipe_free[tg] = start + interval;
    u->busy += interval;
    u->st.ops++;
    if (id >= 0) u->st.flops += (double)smesim_insn_infos[id].flops * rec->active;
    tick done = start + latency;
    set_ready(c, wr, ti->nwr, done);
    c->sme_done = tmax(c->sme_done, done);
    c->queue[c->qpos] = start;
    if (++c->qpos == t->m.sme_queue_depth) c->qpos = 0;
    c->sme_insns++;
}

uint64_t smesim_timing_core_clock(const smesim_timing *t, unsigned core)
{
    return core < t->ncores ? t->core[core].issue : 0;
}

static tick core_end(const tcore *c)
{
    return tmax(tmax(c->issue + (c->slots ? TICK : 0), c->done), c->sme_done);
}

uint64_t smesim_timing_cycles(const smesim_timing *t)
{
    tick end = 0;
    for (unsigned c = 0; c < t->ncores; c++) end = tmax(end, core_end(&t->core[c]));
    return cycle_up(end) / TICK;
}

void smesim_timing_core(const smesim_timing *t, unsigned core, smesim_core_stats *out)
{
    memset(out, 0, sizeof *out);
    if (core >= t->ncores) return;
    const tcore *c = &t->core[core];
    out->cycles = cycle_up(core_end(c)) / TICK;
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
    if (unit < SMESIM_MAX_CLUSTERS) {
        *out = t->unit[unit].st;
        out->busy_cycles = (double)t->unit[unit].busy / TICK;
    }
}
