/* sim/exec/dispatch.c — runs one decoded instruction: the executor table
 * (expanded from the generated X-macro list, so no instruction can lack a
 * body), and the one place that gates on features and PSTATE modes, as the
 * Arm ARM's CheckSVEEnabled / CheckStreamingSVEAndZAEnabled do.
 */
#include <stdio.h>

#include "sim/exec/exec.h"

typedef smesim_status (*exec_fn)(smesim_cpu *, const smesim_insn *, smesim_rec *);

static const exec_fn table[SMESIM_NUM_INSNS] = {
#define X(id, exec, ...) [SMESIM_INSN_##id] = smesim_exec_##exec,
    SMESIM_FOREACH_INSN(X)
#undef X
};

static smesim_status refuse(smesim_cpu *cpu, const smesim_insn *insn, const char *why)
{
    char text[96];
    smesim_disasm(insn, text, sizeof text);
    snprintf(cpu->fault.msg, sizeof cpu->fault.msg, "'%s' %s", text, why);
    return SMESIM_UNDEF;
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
    if (!(cpu->features & ((uint64_t)1 << info->feature))) {
        char why[80];
        snprintf(why, sizeof why, "needs FEAT_%s, which this machine lacks",
                 smesim_feature_names[info->feature]);
        return refuse(cpu, insn, why);
    }
    int sm = (cpu->svcr & SMESIM_SVCR_SM) != 0, za = (cpu->svcr & SMESIM_SVCR_ZA) != 0;
    switch (info->mode) {
    case SMESIM_MODE_sve:
        if (!sm && !(cpu->features & ((uint64_t)1 << SMESIM_FEAT_SVE)))
            return refuse(cpu, insn, "is SVE, which this machine runs only in streaming mode");
        break;
    case SMESIM_MODE_sm:
        if (!sm) return refuse(cpu, insn, "needs streaming mode (PSTATE.SM=1): smstart sm first");
        break;
    case SMESIM_MODE_za:
        if (!za) return refuse(cpu, insn, "needs ZA enabled (PSTATE.ZA=1): smstart za first");
        break;
    case SMESIM_MODE_sm_za:
        if (!sm || !za)
            return refuse(cpu, insn, "needs streaming mode and ZA (PSTATE.SM=1, PSTATE.ZA=1): smstart first");
        break;
    default:
        break;
    }
    cpu->next_pc = cpu->pc + 4;
    smesim_status s = table[insn->id](cpu, insn, rec);
    if (s == SMESIM_OK) cpu->pc = cpu->next_pc;
    return s;
}
