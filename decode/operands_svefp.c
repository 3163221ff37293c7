/* decode/operands_svefp.c — operand kinds of the SVE floating-point
 * families (decode/isa/sve_fp_*.decode): the one-bit immediates of the
 * predicated FP arithmetic, #0.5/#1.0 (FADD, FSUB, FSUBR: parameter a),
 * #0.5/#2.0 (FMUL: m) and #0.0/#1.0 (FMAX, FMIN, FMAXNM, FMINNM: z).
 */
#include <stdlib.h>

#include "decode/decode_impl.h"

static const double fpi1_values[3][2] = { { 0.5, 1.0 }, { 0.5, 2.0 }, { 0.0, 1.0 } };
static const char *const fpi1_expect[3] = {
    "expected #0.5 or #1.0", "expected #0.5 or #2.0", "expected #0.0 or #1.0"
};

SMESIM_PRINT_KIND(fpi1)
{
    int k = param >= 0 && param < 3 ? param : 0;
    smesim_sb_printf(sb, "#%.1f", fpi1_values[k][v[0] & 1]);
}
SMESIM_PARSE_KIND(fpi1)
{
    int k = *param >= 0 && *param < 3 ? *param : 0;
    const char *t = s;
    if (*t == '#') t = smesim_skip_ws(t + 1);
    char *end;
    double d = strtod(t, &end);
    if (end != t)
        for (int i = 0; i < 2; i++)
            if (d == fpi1_values[k][i]) { *v = i; return end; }
    return smesim_parse_fail(cx, s, fpi1_expect[k]);
}
