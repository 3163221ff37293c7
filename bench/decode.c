/* bench/decode.c — decoder speed against Capstone, measured in one run on
 * one stream of words: every pattern's sweep encodings (build/gen/sweep.txt:
 * base A64, SVE and SME, nearly all valid) shuffled, repeated to a few MiB.
 * Prints words per second for smesim's decode alone and decode + text over
 * the whole stream, and for smesim and Capstone (cs_disasm_iter, no detail:
 * its fastest mode) over the base A64 words both know, with ratios.  The
 * measurements alternate, pass by pass, and each keeps its best pass.
 * usage: decode SWEEP_FILE [SECONDS_PER_MEASUREMENT]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <capstone/capstone.h>

#include "decode/decode.h"

#define STREAM_WORDS (1u << 20)

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static uint64_t rng = 0x9e3779b97f4a7c15ull;
static uint32_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)rng;
}

static int is_base(int id)
{
    uint64_t f = smesim_insn_infos[id].feat;
    uint64_t base = SMESIM_FEATBIT(A64) | SMESIM_FEATBIT(FP) | SMESIM_FEATBIT(SIMD) |
                    SMESIM_FEATBIT(LSE) | SMESIM_FEATBIT(CRC32) | SMESIM_FEATBIT(RCPC);
    return !(f & SMESIM_FEAT_NEVER) && (f & ~base) == 0;
}

/* One pass of a measured function over w[0..n). */
typedef size_t (*pass_fn)(const uint32_t *w, size_t n, void *ctx);

/* words per second of one pass */
static double pass_rate(pass_fn fn, const uint32_t *w, size_t n, void *ctx, size_t *sink)
{
    double t0 = now();
    *sink += fn(w, n, ctx);
    double t = now() - t0;
    return t > 0 ? (double)n / t : 0;
}

static size_t decode_only(const uint32_t *w, size_t n, void *ctx)
{
    (void)ctx;
    size_t s = 0;
    smesim_insn in;
    for (size_t i = 0; i < n; i++) s += (size_t)smesim_decode(w[i], &in) + 1;
    return s;
}

static size_t decode_text(const uint32_t *w, size_t n, void *ctx)
{
    (void)ctx;
    size_t s = 0;
    char text[160];
    smesim_insn in;
    for (size_t i = 0; i < n; i++) {
        smesim_decode(w[i], &in);
        s += (size_t)smesim_disasm(&in, text, sizeof text);
    }
    return s;
}

typedef struct cs_ctx { csh h; cs_insn *insn; } cs_ctx;

static size_t capstone_text(const uint32_t *w, size_t n, void *ctx)
{
    cs_ctx *c = ctx;
    size_t s = 0;
    for (size_t i = 0; i < n; i++) {
        const uint8_t *code = (const uint8_t *)&w[i];   /* little-endian host */
        size_t size = 4;
        uint64_t addr = 0;
        if (cs_disasm_iter(c->h, &code, &size, &addr, c->insn)) s += strlen(c->insn->op_str) + 1;
    }
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 2 || !strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        fprintf(argc < 2 ? stderr : stdout, "usage: decode SWEEP_FILE [SECONDS]\n"
                "Decoder speed: smesim decode, decode + text, and Capstone, in one run.\n");
        return argc < 2 ? 2 : 0;
    }
    double budget = argc > 2 ? atof(argv[2]) : 1.0;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    size_t cap = 1 << 16, nsrc = 0;
    uint32_t *src = malloc(cap * sizeof *src);
    char line[160], name[64];
    unsigned x;
    while (src && fgets(line, sizeof line, f)) {
        if (line[0] == '#' || sscanf(line, "%63s %x", name, &x) != 2) continue;
        if (nsrc == cap) {
            uint32_t *p = realloc(src, (cap *= 2) * sizeof *src);
            if (!p) { free(src); src = NULL; break; }
            src = p;
        }
        src[nsrc++] = x;
    }
    fclose(f);
    if (!src || !nsrc) { fprintf(stderr, "%s: no words\n", argv[1]); free(src); return 1; }

    cs_ctx cs;
    if (cs_open(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN, &cs.h) != CS_ERR_OK) return 1;
    cs.insn = cs_malloc(cs.h);

    /* the stream: sweep words in random order, repeated; the base words
     * both decoders know, in the same order */
    uint32_t *stream = malloc(STREAM_WORDS * sizeof *stream);
    uint32_t *base = malloc(STREAM_WORDS * sizeof *base);
    if (!stream || !base) return 1;
    size_t nbase = 0, nvalid = 0;
    for (size_t i = 0; i < STREAM_WORDS; i++) {
        uint32_t w = src[next_rand() % nsrc];
        stream[i] = w;
        smesim_insn in;
        if (smesim_decode(w, &in) < 0) continue;
        nvalid++;
        const uint8_t *code = (const uint8_t *)&w;
        size_t size = 4;
        uint64_t addr = 0;
        if (is_base(in.id) && cs_disasm_iter(cs.h, &code, &size, &addr, cs.insn)) base[nbase++] = w;
    }
    /* the four measurements take turns, pass by pass, until each has had
     * `budget` seconds; each keeps its best pass (the machine is shared:
     * the best pass is the one least disturbed) */
    size_t sink = 0;
    double dec = 0, txt = 0, btxt = 0, bcs = 0, t0 = now();
    unsigned rounds = 0;
    do {
        double r;
        if ((r = pass_rate(decode_only, stream, STREAM_WORDS, NULL, &sink)) > dec) dec = r;
        if ((r = pass_rate(decode_text, stream, STREAM_WORDS / 8, NULL, &sink)) > txt) txt = r;
        if (nbase && (r = pass_rate(decode_text, base, nbase / 8, NULL, &sink)) > btxt) btxt = r;
        if (nbase && (r = pass_rate(capstone_text, base, nbase / 8, &cs, &sink)) > bcs) bcs = r;
        rounds++;
    } while (now() - t0 < 4 * budget || rounds < 3);
    printf("decode: stream of %u words (from %zu sweep encodings, %.1f%% valid), %zu of them base A64 that "
           "Capstone also knows\n", STREAM_WORDS, nsrc, 100.0 * (double)nvalid / STREAM_WORDS, nbase);
    printf("  smesim decode only:        %8.1f M words/s  (goal: 100)\n", dec / 1e6);
    printf("  smesim decode + text:      %8.1f M words/s\n", txt / 1e6);
    printf("  base A64, decode + text:   smesim %6.2f M words/s, Capstone %6.2f M words/s: %.1fx Capstone's rate "
           "(goal: 10x)%s\n", btxt / 1e6, bcs / 1e6, bcs > 0 ? btxt / bcs : 0, sink ? "" : " ");
    cs_free(cs.insn, 1);
    cs_close(&cs.h);
    free(src);
    free(stream);
    free(base);
    return 0;
}
