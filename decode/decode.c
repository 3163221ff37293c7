/* decode/decode.c — decoding a word (the tree itself is generated into
 * build/gen/decode_tree.c) and the static facts about each instruction id,
 * expanded from the X-macro list in build/gen/insn_list.h.
 */
#include <string.h>

#include "decode/decode_impl.h"

const smesim_insn_info smesim_insn_infos[SMESIM_NUM_INSNS] = {
#define X(id, exec, mn, feat, tg, mode, mem, flops) \
    { #id, mn, SMESIM_FEAT_##feat, SMESIM_TG_##tg, SMESIM_MODE_##mode, SMESIM_MEM_##mem, flops },
    SMESIM_FOREACH_INSN(X)
#undef X
};

const char *const smesim_tgroup_names[SMESIM_NUM_TGROUPS] = {
#define X(g) #g,
    SMESIM_FOREACH_TGROUP(X)
#undef X
};

const char *const smesim_feature_names[SMESIM_NUM_FEATURES] = {
#define X(f) #f,
    SMESIM_FOREACH_FEATURE(X)
#undef X
};

int smesim_decode(uint32_t word, smesim_insn *out)
{
    memset(&out->f, 0, sizeof out->f);
    out->word = word;
    out->id = smesim_decode_fields(word, &out->f);
    return out->id;
}
