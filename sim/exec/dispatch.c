/* sim/exec/dispatch.c — runs one decoded instruction: the executor table
 * (expanded from the generated X-macro list, so no instruction can lack a
 * body), and the one place that gates on features and PSTATE modes, as the
 * Arm ARM's CheckSVEEnabled / CheckStreamingSVEAndZAEnabled do.
 */
#include <stdio.h>

#include "sim/exec/exec.h"

typedef smesim_status (*exec_fn)(smesim_cpu *, const smesim_insn *, smesim_rec *);

static const exec_fn table[SMESIM_NUM_INSNS] = {
#define X(id, body) [SMESIM_INSN_##id] = smesim_exec_##body,
    SMESIM_FOREACH_INSN_EXEC(X)
#undef X
};

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

smesim_status smesim_execute(smesim_cpu *cpu, const smesim_insn *insn, smesim_rec *rec)
{
    rec->pc = cpu->pc;
    rec->word = insn->word;
    rec->flags = (uint8_t)((cpu->svcr & SMESIM_SVCR_SM ? SMESIM_REC_SM : 0) |
                           (cpu->svcr & SMESIM_SVCR_ZA ? SMESIM_REC_ZA : 0));
    rec->addr = 0;
    rec->bytes = 0;
    rec->active = 0;
    if (insn->id < 0) {
        snprintf(cpu->fault.msg, sizeof cpu->fault.msg,
                 "undefined or unsupported instruction word %08x", insn->word);
        return SMESIM_UNDEF;
    }
    const smesim_insn_info *info = &smesim_insn_infos[insn->id];
    int sm = (cpu->svcr & SMESIM_SVCR_SM) != 0, za = (cpu->svcr & SMESIM_SVCR_ZA) != 0;
    uint64_t need = sm ? info->sfeat : info->feat;
    if (need & SMESIM_FEAT_NEVER)
        return refuse(cpu, insn, sm ? "is not allowed in streaming mode (without FEAT_SME_FA64)"
                                    : "needs streaming mode (PSTATE.SM=1): smstart sm first");
    if (need & ~cpu->features) {
        char why[96];
        snprintf(why, sizeof why, "needs FEAT_%s%s, which this machine lacks",
                 missing_feature(need, cpu->features), sm ? " in streaming mode" : "");
        return refuse(cpu, insn, why);
    }
    if (info->need != SMESIM_NEED_none && !za)
        return refuse(cpu, insn, "needs ZA enabled (PSTATE.ZA=1): smstart za first");
    if (!table[insn->id])
        return refuse(cpu, insn, "is decoded but not executed by smesim yet");
    cpu->next_pc = cpu->pc + 4;
    smesim_status s = table[insn->id](cpu, insn, rec);
    if (s == SMESIM_OK) cpu->pc = cpu->next_pc;
    return s;
}
