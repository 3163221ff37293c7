/* decode/decode.c — decoding a word (the tree itself is generated into
 * build/gen/decode_tree.c) and the static facts about each instruction id,
 * expanded from the X-macro list in build/gen/insn_list.h.
 */
#include <string.h>

#include "decode/decode_impl.h"

const char *const smesim_tgroup_names[SMESIM_NUM_TGROUPS] = {
#define X(c, name, parent) name,
    SMESIM_FOREACH_TGROUP(X)
#undef X
};

const int16_t smesim_tgroup_parent[SMESIM_NUM_TGROUPS] = {
#define X(c, name, parent) SMESIM_TG_##parent,
    SMESIM_FOREACH_TGROUP(X)
#undef X
};

const char *const smesim_feature_names[SMESIM_NUM_FEATURES] = {
#define FEATURE(name, implies, text) #name,
#include "decode/features.def"
#undef FEATURE
};

/* what each feature implies directly, as text; closed over below */
static const char *const feature_implies[SMESIM_NUM_FEATURES] = {
#define FEATURE(name, implies, text) implies,
#include "decode/features.def"
#undef FEATURE
};

static uint64_t closure_of(int f, int depth)
{
    uint64_t m = (uint64_t)1 << f;
    const char *s = feature_implies[f];
    while (depth < SMESIM_NUM_FEATURES && *s) {
        while (*s == ' ') s++;
        size_t n = strcspn(s, " ");
        for (int g = 0; n && g < SMESIM_NUM_FEATURES; g++)
            if (strlen(smesim_feature_names[g]) == n && !strncmp(s, smesim_feature_names[g], n))
                m |= closure_of(g, depth + 1);
        s += n;
    }
    return m;
}

uint64_t smesim_feature_mask_closed(uint64_t m)
{
    uint64_t out = m;
    for (int f = 0; f < SMESIM_NUM_FEATURES; f++)
        if (m & ((uint64_t)1 << f)) out |= closure_of(f, 0);
    return out;
}

int smesim_arg_slot(int id, const char *name)
{
    if (id < 0 || id >= SMESIM_NUM_INSNS) return -1;
    const char *s = smesim_arg_names[id];
    size_t n = strlen(name);
    for (int slot = 0; *s; slot++) {
        size_t len = strcspn(s, " ");
        if (len == n && !strncmp(s, name, n)) return slot;
        s += len;
        while (*s == ' ') s++;
    }
    return -1;
}

int smesim_decode(uint32_t word, smesim_insn *out)
{
    out->word = word;
    out->id = (int16_t)smesim_decode_args(word, &out->a);
    return out->id;
}

/* ---- the encoder: fields into their bits, from the generated tables */
int smesim_encode_args(int id, const smesim_args *a, uint32_t *word)
{
    if (id < 0 || id >= SMESIM_NUM_INSNS) return 0;
    const smesim_encinfo *e = &smesim_encinfos[id];
    for (unsigned k = 0; k < e->nconst; k++) {
        const smesim_optcond *c = &smesim_encconsts[e->const0 + k];
        if (a->v[c->slot] != c->value) return -(c->slot + 1);
    }
    uint32_t w = e->fixval;
    for (unsigned k = 0; k < e->nfields; k++) {
        const smesim_encfield *f = &smesim_encfields[e->field0 + k];
        uint64_t raw;
        if (!smesim_tf_inv(f->func, a->v[f->slot], &raw)) return -(f->slot + 1);
        if (f->sign) {
            if (!smesim_fits_s((int64_t)raw, f->width)) return -(f->slot + 1);
        } else if (f->width < 64 && (raw >> f->width)) {
            return -(f->slot + 1);
        }
        unsigned shift = 0;
        for (int p = f->nparts - 1; p >= 0; p--) {
            w |= (uint32_t)((raw >> shift) & ((1u << f->len[p]) - 1)) << f->pos[p];
            shift += f->len[p];
        }
    }
    *word = w;
    return 1;
}

void smesim_preset_consts(int id, smesim_args *a)
{
    if (id < 0 || id >= SMESIM_NUM_INSNS) return;
    const smesim_encinfo *e = &smesim_encinfos[id];
    for (unsigned k = 0; k < e->nconst; k++) {
        const smesim_optcond *c = &smesim_encconsts[e->const0 + k];
        a->v[c->slot] = c->value;
    }
}
