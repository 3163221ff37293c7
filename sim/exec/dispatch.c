/* sim/exec/dispatch.c — the executor table (expanded from the generated
 * X-macro list), and the one place that gates on features and PSTATE modes,
 * as the Arm ARM's CheckSVEEnabled / CheckStreamingSVEAndZAEnabled do: for
 * a block built in a given mode each instruction gets its body or a
 * refusal that says why.  smesim_execute runs one instruction on its own.
 */
#include <stdio.h>
#include <string.h>

#include "sim/exec/block.h"
#include "sim/exec/exec.h"

static const smesim_exec_fn table[SMESIM_NUM_INSNS] = {
#define X(id, body) [SMESIM_INSN_##id] = smesim_exec_##id,
    SMESIM_FOREACH_INSN_EXEC(X)
#undef X
};

/* patterns written as shapes: one function per element size */
static const smesim_exec_fn by_esz[SMESIM_NUM_INSNS][4] = {
#define X(id, shape, op, set, e) [SMESIM_INSN_##id][e] = smesim_exec_##id##_e##e,
    SMESIM_FOREACH_INSN_SHAPE(X)
#undef X
};

/* the function that runs insn: its body, or its shape's instance for its
 * element size */
static smesim_exec_fn body_of(const smesim_insn *insn)
{
    int id = insn->id;
    if (table[id]) return table[id];
    int slot = smesim_insn_infos[id].esz_slot;
    int esz = slot >= 0 ? (int)insn->a.v[slot] : 0;
    return esz >= 0 && esz < 4 ? by_esz[id][esz] : NULL;
}

static smesim_status refuse(smesim_cpu *cpu, const smesim_insn *insn, const char *why)
{
    char text[96];
    smesim_disasm(insn, text, sizeof text);
    snprintf(cpu->fault.msg, sizeof cpu->fault.msg, "'%s' %s", text, why);
    return SMESIM_UNDEF;
}

/* The first feature of `need` that `have` lacks, by name. */
static const char *missing_feature(uint64_t need, uint64_t have)
{
    for (int f = 0; f < SMESIM_NUM_FEATURES; f++)
        if ((need & ~have) & ((uint64_t)1 << f)) return smesim_feature_names[f];
    return "?";
}

/* Why instruction id may not run in PSTATE svcr with `features`, or NULL;
 * why_buf holds a message built for the occasion. */
static const char *why_not(int id, uint64_t svcr, uint64_t features, char *why_buf, size_t n)
{
    const smesim_insn_info *info = &smesim_insn_infos[id];
    int sm = (svcr & SMESIM_SVCR_SM) != 0, za = (svcr & SMESIM_SVCR_ZA) != 0;
    uint64_t need = sm ? info->sfeat : info->feat;
    if (need & SMESIM_FEAT_NEVER)
        return sm ? "is not allowed in streaming mode (without FEAT_SME_FA64)"
                  : "needs streaming mode (PSTATE.SM=1): smstart sm first";
    if (need & ~features) {
        snprintf(why_buf, n, "needs FEAT_%s%s, which this machine lacks", missing_feature(need, features),
                 sm ? " in streaming mode" : "");
        return why_buf;
    }
    if (info->need != SMESIM_NEED_none && !za) return "needs ZA enabled (PSTATE.ZA=1): smstart za first";
    return NULL;
}

/* What runs in place of an instruction that may not: it says why. */
static smesim_status refused(smesim_cpu *cpu, const smesim_insn *insn, smesim_rec *rec)
{
    (void)rec;
    if (insn->id < 0) {
        snprintf(cpu->fault.msg, sizeof cpu->fault.msg,
                 "undefined or unsupported instruction word %08x", insn->word);
        return SMESIM_UNDEF;
    }
    char buf[96];
    const char *why = why_not(insn->id, cpu->svcr, cpu->features, buf, sizeof buf);
    if (!why && !body_of(insn)) {
        refuse(cpu, insn, "is decoded but not executed by smesim yet");
        return SMESIM_UNIMPL;
    }
    return refuse(cpu, insn, why ? why : "may not run here");
}

smesim_exec_fn smesim_exec_for(const smesim_insn *insn, uint64_t svcr, uint64_t features)
{
    char buf[96];
    int id = insn->id;
    if (id < 0 || id >= SMESIM_NUM_INSNS || why_not(id, svcr, features, buf, sizeof buf)) return refused;
    smesim_exec_fn fn = body_of(insn);
    return fn ? fn : refused;
}

int smesim_ends_block(int id)
{
    static int8_t ends[SMESIM_NUM_INSNS];   /* 0 unknown, 1 no, 2 yes */
    if (id < 0 || id >= SMESIM_NUM_INSNS) return 1;
    if (!ends[id]) {
        int g = smesim_insn_infos[id].tgroup;
        while (smesim_tgroup_parent[g] >= 0) g = smesim_tgroup_parent[g];
        const char *root = smesim_tgroup_names[g];
        int yes = !strcmp(root, "branch") || !strcmp(root, "sys") || !strcmp(root, "smectl");
        ends[id] = (int8_t)(yes ? 2 : 1);
    }
    return ends[id] == 2;
}

smesim_status smesim_execute(smesim_cpu *cpu, const smesim_insn *insn, smesim_rec *rec)
{
    rec->pc = cpu->pc;
    rec->word = insn->word;
    rec->flags = (uint8_t)((cpu->svcr & SMESIM_SVCR_SM ? SMESIM_REC_SM : 0) |
                           (cpu->svcr & SMESIM_SVCR_ZA ? SMESIM_REC_ZA : 0));
    rec->addr = 0;
    rec->bytes = 0;
    rec->active = 0;
    smesim_exec_fn fn = smesim_exec_for(insn, cpu->svcr, cpu->features);
    cpu->next_pc = cpu->pc + 4;
    smesim_status s = fn(cpu, insn, rec);
    if (s == SMESIM_OK) cpu->pc = cpu->next_pc;
    return s;
}
