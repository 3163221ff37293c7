/* decode/operands_svepred.c — operand kinds of the SVE permute and
 * predicate families: a general-purpose register whose width follows a
 * field and whose register 31 is the stack pointer (DUP and CPY from a
 * scalar print `wsp` or `sp`).
 */
#include "decode/decode_impl.h"

/* x3 or w3 by sf (v[1]); 31 is sp or wsp */
SMESIM_PRINT_KIND(rsp)
{
    (void)param;
    smesim_print_xreg(sb, v[1] ? 'x' : 'w', v[0], v[1] ? "sp" : "wsp");
}
SMESIM_PARSE_KIND(rsp)
{
    (void)param;
    const char *e;
    if ((e = smesim_parse_xreg(s, 'x', "sp", v))) { v[1] = 1; return e; }
    if ((e = smesim_parse_xreg(s, 'w', "wsp", v))) { v[1] = 0; return e; }
    return smesim_parse_fail(cx, s, "expected an X or W register, or sp/wsp");
}
