/* bench/disasm_speed.c — disassembly speed of smesim's tables against
 * Capstone's, measured in the same run on the same words: base A64 words
 * both know (from build/gen/sweep.txt), decoded and printed to text.
 * Prints words per second for each and the ratio.
 * usage: disasm_speed SWEEP_FILE [SECONDS_PER_SIDE]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <capstone/capstone.h>

#include "decode/decode.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: disasm_speed SWEEP_FILE [SECONDS]\n");
        return 2;
    }
    double budget = argc > 2 ? atof(argv[2]) : 1.0;
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 1; }
    csh cs;
    if (cs_open(CS_ARCH_ARM64, CS_MODE_LITTLE_ENDIAN, &cs) != CS_ERR_OK) return 1;
    uint32_t *w = malloc(sizeof *w * 200000);
    size_t n = 0;
    char name[64];
    unsigned x;
    cs_insn *ins;
    char line[160];
    while (n < 200000 && fgets(line, sizeof line, f)) {
        if (line[0] == '#' || sscanf(line, "%63s %x", name, &x) != 2) continue;
        smesim_insn in;
        uint8_t b[4] = { (uint8_t)x, (uint8_t)(x >> 8), (uint8_t)(x >> 16), (uint8_t)(x >> 24) };
        if (smesim_decode(x, &in) < 0 || smesim_insn_infos[in.id].feature != SMESIM_FEAT_A64) continue;
        size_t c = cs_disasm(cs, b, 4, 0, 1, &ins);
        if (c == 1) { w[n++] = x; cs_free(ins, c); }
    }
    fclose(f);
    if (!n) { fprintf(stderr, "no words\n"); return 1; }

    char text[160];
    size_t done = 0, sink = 0;
    double t0 = now(), t;
    do {
        for (size_t i = 0; i < n; i++) {
            smesim_insn in;
            smesim_decode(w[i], &in);
            sink += (size_t)smesim_disasm(&in, text, sizeof text);
        }
        done += n;
    } while ((t = now() - t0) < budget);
    double ours = (double)done / t;

    done = 0;
    t0 = now();
    do {
        for (size_t i = 0; i < n; i++) {
            uint8_t b[4] = { (uint8_t)w[i], (uint8_t)(w[i] >> 8), (uint8_t)(w[i] >> 16), (uint8_t)(w[i] >> 24) };
            size_t c = cs_disasm(cs, b, 4, 0, 1, &ins);
            if (c) { sink += strlen(ins[0].op_str); cs_free(ins, c); }
        }
        done += n;
    } while ((t = now() - t0) < budget);
    double theirs = (double)done / t;
    cs_close(&cs);
    free(w);
    printf("disasm: %zu base A64 words, decode + text:  smesim %.2f M words/s, Capstone %.2f M words/s,"
           "  ratio %.2fx%s\n", n, ours / 1e6, theirs / 1e6, ours / theirs, sink ? "" : " ");
    return 0;
}
