/* tests/programs/c/fp.c — scalar floating point the compiler turns into
 * FADD ... FSQRT, FMADD, FCMP/FCCMP, FCSEL, FCVT*, SCVTF/UCVTF, FRINT*,
 * FMOV immediates, FMIN/FMAX(NM), half precision.  Compiled, not run:
 * tests/oracle/llvm_objdump.py disassembles its words. */
#include <math.h>
#include <stdint.h>

double fp_poly(double x, double a, double b, double c) { return (a * x + b) * x + c; }
float fp_fma(float a, float b, float c) { return fmaf(a, b, c); }
double fp_fms(double a, double b, double c) { return fma(-a, b, c); }
float fp_div_sqrt(float a, float b) { return sqrtf(a / b); }
double fp_abs_neg(double a, double b) { return -fabs(a) + b; }
float fp_min(float a, float b) { return fminf(a, b); }
double fp_max(double a, double b) { return fmax(a, b); }
int fp_less(double a, double b) { return a < b; }
int fp_both(float a, float b, float c) { return a < b && b <= c; }
double fp_sel(double a, double b, int c) { return c ? a : b; }
double fp_sel2(double a, double b) { return a > b ? a : b * 2.0; }
int64_t fp_to_i64(double a) { return (int64_t)a; }
uint32_t fp_to_u32(float a) { return (uint32_t)a; }
int32_t fp_round(double a) { return (int32_t)lround(a); }
double fp_from_i(int32_t i, uint64_t u) { return (double)i + (double)u; }
float fp_from_i64(int64_t i) { return (float)i; }
float fp_narrow(double d) { return (float)d; }
double fp_widen(float f) { return (double)f; }
double fp_floor_ceil(double a) { return floor(a) + ceil(a) + trunc(a) + round(a) + rint(a) + nearbyint(a); }
float fp_floorf(float a) { return floorf(a) * 0.5f + 1.25f; }
double fp_consts(double a) { return a * 3.0 + 0.125 - 10.0; }
float fp_fixed(int32_t q16) { return (float)q16 / 65536.0f; }
int32_t fp_to_fixed(float f) { return (int32_t)(f * 256.0f); }
uint64_t fp_bits(double d) { union { double d; uint64_t u; } x = { d }; return x.u; }
double fp_from_bits(uint64_t u) { union { uint64_t u; double d; } x = { u }; return x.d; }
_Float16 fp_half(_Float16 a, _Float16 b) { return a * b + (_Float16)1.0; }
float fp_half_widen(_Float16 h) { return (float)h; }
double fp_copysign(double a, double b) { return copysign(a, b); }
int fp_isnan(double a) { return isnan(a); }
long double fp_long(long double a, long double b) { return a * b; }
