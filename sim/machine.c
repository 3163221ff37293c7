/* sim/machine.c — the YAML reader for machine descriptions (sim/machine.h),
 * on libyaml's document API.  Every key is known: a misspelt one is an
 * error with its line and column, as is a timing group left out.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "decode/readfile.h"
#include "sim/machine.h"

extern const char smesim_default_machine_yaml[];   /* build/gen/default_machine.c */

typedef struct yctx {
    const char *name;
    yaml_document_t *doc;
    char *err;
    size_t errn;
} yctx;

static int bad(yctx *y, const yaml_node_t *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int bad(yctx *y, const yaml_node_t *n, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (n)
        snprintf(y->err, y->errn, "%s:%lu:%lu: %s", y->name, (unsigned long)n->start_mark.line + 1,
                 (unsigned long)n->start_mark.column + 1, msg);
    else
        snprintf(y->err, y->errn, "%s: %s", y->name, msg);
    return 0;
}

static const char *scalar(const yaml_node_t *n)
{
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static int get_num(yctx *y, const yaml_node_t *n, double lo, double hi, double *out)
{
    const char *s = scalar(n);
    if (!s) return bad(y, n, "expected a number");
    char *e;
    errno = 0;
    double v = strtod(s, &e);
    if (e == s || *e || errno) return bad(y, n, "'%.40s' is not a number", s);
    if (!(v >= lo && v <= hi)) return bad(y, n, "%g is out of range (%g to %g)", v, lo, hi);
    *out = v;
    return 1;
}

static int get_uint(yctx *y, const yaml_node_t *n, unsigned lo, unsigned hi, unsigned *out)
{
    double v;
    if (!get_num(y, n, lo, hi, &v)) return 0;
    if (v != (double)(unsigned)v) return bad(y, n, "expected a whole number");
    *out = (unsigned)v;
    return 1;
}

static int get_str(yctx *y, const yaml_node_t *n, char *out, size_t size)
{
    const char *s = scalar(n);
    if (!s) return bad(y, n, "expected a string");
    if (strlen(s) >= size) return bad(y, n, "string longer than %zu characters", size - 1);
    strcpy(out, s);
    return 1;
}

static int pow2_bits(yctx *y, const yaml_node_t *n, unsigned lo, unsigned *out)
{
    if (!get_uint(y, n, lo, 2048, out)) return 0;
    if (*out & (*out - 1)) return bad(y, n, "%u is not a power of two", *out);
    return 1;
}

static int parse_features(yctx *y, const yaml_node_t *n, uint64_t *out)
{
    if (n->type != YAML_SEQUENCE_NODE) return bad(y, n, "features: expected a list such as [A64, SVE, SME]");
    *out = 0;
    for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
        yaml_node_t *f = yaml_document_get_node(y->doc, *it);
        const char *s = scalar(f);
        int k;
        for (k = 0; k < SMESIM_NUM_FEATURES; k++)
            if (s && !strcmp(s, smesim_feature_names[k])) break;
        if (k == SMESIM_NUM_FEATURES) {
            char known[700] = "";
            for (int j = 0; j < SMESIM_NUM_FEATURES; j++) {
                strncat(known, j ? ", " : "", sizeof known - strlen(known) - 1);
                strncat(known, smesim_feature_names[j], sizeof known - strlen(known) - 1);
            }
            return bad(y, f, "unknown feature '%.30s' (known: %s)", s ? s : "?", known);
        }
        *out |= (uint64_t)1 << k;
    }
    return 1;
}

typedef int (*field_fn)(yctx *, const char *key, yaml_node_t *value, void *obj);

/* Calls fn for each key of a mapping. */
static int each_key(yctx *y, yaml_node_t *map, const char *what, field_fn fn, void *obj)
{
    if (!map || map->type != YAML_MAPPING_NODE) return bad(y, map, "%s: expected a mapping", what);
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yaml_document_get_node(y->doc, p->key);
        yaml_node_t *v = yaml_document_get_node(y->doc, p->value);
        const char *ks = scalar(k);
        if (!ks) return bad(y, k, "%s: keys must be plain words", what);
        if (!fn(y, ks, v, obj)) return 0;
    }
    return 1;
}

static int unknown(yctx *y, yaml_node_t *v, const char *key, const char *where, const char *known)
{
    (void)v;
    /* point at the key: its value's mark is close enough and always set */
    return bad(y, v, "unknown key '%s' in %s (known: %s)", key, where, known);
}

static int core_field(yctx *y, const char *k, yaml_node_t *v, void *obj)
{
    smesim_machine *m = obj;
    if (!strcmp(k, "issue_width")) return get_uint(y, v, 1, 16, &m->issue_width);
    if (!strcmp(k, "branch_taken_cycles")) return get_uint(y, v, 0, 100, &m->branch_taken_cycles);
    return unknown(y, v, k, "core", "issue_width, branch_taken_cycles");
}

static int unit_field(yctx *y, const char *k, yaml_node_t *v, void *obj)
{
    smesim_machine *m = obj;
    if (!strcmp(k, "queue_depth")) return get_uint(y, v, 1, 4096, &m->sme_queue_depth);
    if (!strcmp(k, "dispatch_cycles")) return get_uint(y, v, 0, 1000, &m->sme_dispatch_cycles);
    return unknown(y, v, k, "sme_unit", "queue_depth, dispatch_cycles");
}

static int cluster_field(yctx *y, const char *k, yaml_node_t *v, void *obj)
{
    smesim_cluster *c = obj;
    if (!strcmp(k, "name")) return get_str(y, v, c->name, sizeof c->name);
    if (!strcmp(k, "cores")) return get_uint(y, v, 1, SMESIM_MAX_CORES, &c->ncores);
    return unknown(y, v, k, "a cluster", "name, cores");
}

typedef struct group_ctx { smesim_group_timing *g; int seen_lat, seen_tp; } group_ctx;

static int timing_field(yctx *y, const char *k, yaml_node_t *v, void *obj)
{
    group_ctx *g = obj;
    if (!strcmp(k, "latency")) { g->seen_lat = 1; return get_num(y, v, 0, 1e6, &g->g->latency); }
    if (!strcmp(k, "throughput")) {
        g->seen_tp = 1;
        if (!get_num(y, v, 1e-6, 64, &g->g->throughput)) return 0;
        return 1;
    }
    return unknown(y, v, k, "a timing group", "latency, throughput");
}

static int group_entry(yctx *y, const char *k, yaml_node_t *v, void *obj)
{
    smesim_machine *m = obj;
    int i;
    for (i = 0; i < SMESIM_NUM_TGROUPS; i++)
        if (!strcmp(k, smesim_tgroup_names[i])) break;
    if (i == SMESIM_NUM_TGROUPS) return bad(y, v, "unknown timing group '%s' (groups come from decode/isa/*.decode)", k);
    group_ctx g = { &m->group[i], 0, 0 };
    if (!each_key(y, v, k, timing_field, &g)) return 0;
    if (!g.seen_lat || !g.seen_tp) return bad(y, v, "timing group '%s' needs both latency and throughput", k);
    m->group_given[i] = 1;
    return 1;
}

typedef struct top_ctx { smesim_machine *m; yaml_node_t *groups; int seen_groups; } top_ctx;

static int top_field(yctx *y, const char *k, yaml_node_t *v, void *obj)
{
    top_ctx *t = obj;
    smesim_machine *m = t->m;
    if (!strcmp(k, "name")) return get_str(y, v, m->name, sizeof m->name);
    if (!strcmp(k, "description")) return scalar(v) ? 1 : bad(y, v, "description: expected text");
    if (!strcmp(k, "freq_ghz")) return get_num(y, v, 0.001, 100, &m->freq_ghz);
    if (!strcmp(k, "svl_bits")) return pow2_bits(y, v, 128, &m->svl_bits);
    if (!strcmp(k, "sve_vl_bits")) return pow2_bits(y, v, 128, &m->sve_vl_bits);
    if (!strcmp(k, "features")) return parse_features(y, v, &m->features);
    if (!strcmp(k, "core")) return each_key(y, v, "core", core_field, m);
    if (!strcmp(k, "sme_unit")) return each_key(y, v, "sme_unit", unit_field, m);
    if (!strcmp(k, "clusters")) {
        if (v->type != YAML_SEQUENCE_NODE) return bad(y, v, "clusters: expected a list");
        for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
            if (m->nclusters == SMESIM_MAX_CLUSTERS) return bad(y, v, "more than %d clusters", SMESIM_MAX_CLUSTERS);
            smesim_cluster *c = &m->cluster[m->nclusters];
            yaml_node_t *cn = yaml_document_get_node(y->doc, *it);
            if (!each_key(y, cn, "cluster", cluster_field, c)) return 0;
            if (!c->ncores) return bad(y, cn, "a cluster needs 'cores'");
            c->first_core = m->ncores;
            m->ncores += c->ncores;
            if (m->ncores > SMESIM_MAX_CORES) return bad(y, cn, "more than %d cores in all", SMESIM_MAX_CORES);
            m->nclusters++;
        }
        return 1;
    }
    if (!strcmp(k, "groups")) {
        t->groups = v;
        t->seen_groups = 1;
        return each_key(y, v, "groups", group_entry, m);
    }
    return unknown(y, v, k, "the machine description",
                   "name, description, freq_ghz, svl_bits, sve_vl_bits, features, core, sme_unit, clusters, groups");
}

int smesim_machine_parse(const char *name, const char *text, size_t len, smesim_machine *m,
                         char *err, size_t errn)
{
    memset(m, 0, sizeof *m);
    snprintf(m->source, sizeof m->source, "%s", name);
    m->freq_ghz = 1.0;
    m->svl_bits = 512;
    m->sve_vl_bits = 128;
    m->issue_width = 1;
    m->sme_queue_depth = 16;
    for (int i = 0; i < SMESIM_NUM_TGROUPS; i++) m->group[i].latency = -1;

    yaml_parser_t p;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&p)) { snprintf(err, errn, "%s: out of memory", name); return 0; }
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
    if (!yaml_parser_load(&p, &doc)) {
        snprintf(err, errn, "%s:%lu:%lu: %s", name, (unsigned long)p.problem_mark.line + 1,
                 (unsigned long)p.problem_mark.column + 1, p.problem ? p.problem : "YAML syntax error");
        yaml_parser_delete(&p);
        return 0;
    }
    yctx y = { name, &doc, err, errn };
    int ok = 1;
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    top_ctx t = { m, NULL, 0 };
    if (!root) ok = bad(&y, NULL, "empty machine description");
    else ok = each_key(&y, root, "the machine description", top_field, &t);
    if (ok && !m->name[0]) ok = bad(&y, root, "the machine needs a 'name'");
    if (ok && !m->nclusters) ok = bad(&y, root, "the machine needs 'clusters' (a list of {name, cores})");
    if (ok && !(m->features & ((uint64_t)1 << SMESIM_FEAT_A64)))
        ok = bad(&y, root, "features must include A64");
    m->features = smesim_feature_mask_closed(m->features);
    /* a group the description does not give takes its parent's timing
     * (sve.int.mul from sve.int, then sve); parents sort before children */
    for (int i = 0; ok && i < SMESIM_NUM_TGROUPS; i++) {
        if (m->group_given[i]) continue;
        int p = smesim_tgroup_parent[i];
        if (p >= 0 && m->group[p].latency >= 0) m->group[i] = m->group[p];
        else ok = bad(&y, t.groups ? t.groups : root,
                      "timing group '%s' has no latency and throughput (give it or a group it is part of)",
                      smesim_tgroup_names[i]);
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&p);
    return ok;
}

int smesim_machine_load(const char *path, smesim_machine *m, char *err, size_t errn)
{
    size_t len;
    uint8_t *buf = smesim_read_file(path, 1 << 20, &len, err, errn);
    if (!buf) return 0;
    int ok = smesim_machine_parse(path, (const char *)buf, len, m, err, errn);
    free(buf);
    return ok;
}

int smesim_machine_default(smesim_machine *m, char *err, size_t errn)
{
    return smesim_machine_parse("configs/default.yaml", smesim_default_machine_yaml,
                                strlen(smesim_default_machine_yaml), m, err, errn);
}

unsigned smesim_machine_cluster_of(const smesim_machine *m, unsigned core)
{
    for (unsigned c = 0; c < m->nclusters; c++)
        if (core >= m->cluster[c].first_core && core < m->cluster[c].first_core + m->cluster[c].ncores)
            return c;
    return 0;
}
