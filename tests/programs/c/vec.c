/* tests/programs/c/vec.c — loops the auto-vectoriser turns into Advanced
 * SIMD (and, with -march=armv9-a+sme2, SVE): element-wise arithmetic,
 * widening and narrowing, reductions, min/max, shifts, selects, compares,
 * interleaved structures (LD2/LD3/ST4), byte shuffles, conversions.
 * Compiled, not run: tests/oracle/llvm_objdump.py disassembles its words. */
#include <stddef.h>
#include <stdint.h>

void v_add8(uint8_t *restrict d, const uint8_t *a, const uint8_t *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (uint8_t)(a[i] + b[i]); }
void v_mul16(int16_t *restrict d, const int16_t *a, const int16_t *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (int16_t)(a[i] * b[i]); }
void v_mla32(int32_t *restrict d, const int32_t *a, const int32_t *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] += a[i] * b[i]; }
void v_add64(int64_t *restrict d, const int64_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = d[i] + a[i] * 3; }
int32_t v_sum32(const int32_t *a, size_t n)
{ int32_t s = 0; for (size_t i = 0; i < n; i++) s += a[i]; return s; }
uint32_t v_sum8(const uint8_t *a, size_t n)
{ uint32_t s = 0; for (size_t i = 0; i < n; i++) s += a[i]; return s; }
int64_t v_dot(const int16_t *a, const int16_t *b, size_t n)
{ int64_t s = 0; for (size_t i = 0; i < n; i++) s += (int32_t)a[i] * b[i]; return s; }
uint8_t v_max8(const uint8_t *a, size_t n)
{ uint8_t m = 0; for (size_t i = 0; i < n; i++) m = a[i] > m ? a[i] : m; return m; }
int32_t v_min32(const int32_t *a, size_t n)
{ int32_t m = INT32_MAX; for (size_t i = 0; i < n; i++) m = a[i] < m ? a[i] : m; return m; }
float v_fsum(const float *a, size_t n)
{ float s = 0; for (size_t i = 0; i < n; i++) s += a[i]; return s; }
float v_fmax(const float *a, size_t n)
{ float m = -1e30f; for (size_t i = 0; i < n; i++) m = a[i] > m ? a[i] : m; return m; }
void v_saxpy(float *restrict y, const float *x, float a, size_t n)
{ for (size_t i = 0; i < n; i++) y[i] += a * x[i]; }
void v_daxpy(double *restrict y, const double *x, double a, size_t n)
{ for (size_t i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
void v_fdiv(float *restrict d, const float *a, const float *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i] / b[i] - 1.0f; }
void v_widen(int32_t *restrict d, const int16_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i]; }
void v_uwiden(uint64_t *restrict d, const uint32_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i]; }
void v_narrow(uint8_t *restrict d, const uint16_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (uint8_t)a[i]; }
void v_shift(uint32_t *restrict d, const uint32_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (a[i] >> 3) ^ (a[i] << 5); }
void v_ashift(int16_t *restrict d, const int16_t *a, const int16_t *s, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (int16_t)(a[i] >> (s[i] & 15)); }
void v_abs(int32_t *restrict d, const int32_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i] < 0 ? -a[i] : a[i]; }
void v_select(int32_t *restrict d, const int32_t *a, const int32_t *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i] > b[i] ? a[i] : b[i] + 1; }
void v_fselect(float *restrict d, const float *a, const float *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i] < b[i] ? a[i] : 0.5f; }
void v_cmp(uint8_t *restrict d, const uint8_t *a, uint8_t t, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i] == t ? 0xff : 0; }
void v_clamp(uint8_t *restrict d, const int32_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (uint8_t)(a[i] < 0 ? 0 : a[i] > 255 ? 255 : a[i]); }
struct rgb { uint8_t r, g, b; };
void v_gray(uint8_t *restrict d, const struct rgb *p, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (uint8_t)((p[i].r * 77 + p[i].g * 150 + p[i].b * 29) >> 8); }
struct cplx { float re, im; };
void v_cmul(struct cplx *restrict d, const struct cplx *a, const struct cplx *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        d[i].re = a[i].re * b[i].re - a[i].im * b[i].im;
        d[i].im = a[i].re * b[i].im + a[i].im * b[i].re;
    }
}
void v_rgba(uint32_t *restrict d, const uint8_t *r, const uint8_t *g, const uint8_t *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (uint32_t)r[i] | (uint32_t)g[i] << 8 | (uint32_t)b[i] << 16 | 0xff000000u; }
void v_i2f(float *restrict d, const int32_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (float)a[i] * 0.25f; }
void v_f2i(int32_t *restrict d, const float *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (int32_t)a[i]; }
void v_f2d(double *restrict d, const float *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[i]; }
void v_reverse(uint8_t *restrict d, const uint8_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = a[n - 1 - i]; }
void v_avg(uint8_t *restrict d, const uint8_t *a, const uint8_t *b, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (uint8_t)((a[i] + b[i] + 1) >> 1); }
void v_sat(int16_t *restrict d, const int16_t *a, const int16_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int32_t s = a[i] + b[i];
        d[i] = (int16_t)(s > 32767 ? 32767 : s < -32768 ? -32768 : s);
    }
}
void v_popcount(uint8_t *restrict d, const uint64_t *a, size_t n)
{ for (size_t i = 0; i < n; i++) d[i] = (uint8_t)__builtin_popcountll(a[i]); }
void v_fill(uint32_t *d, size_t n) { for (size_t i = 0; i < n; i++) d[i] = 0x01010101u * 7; }
void v_iota(int32_t *d, size_t n) { for (size_t i = 0; i < n; i++) d[i] = (int32_t)i * 2; }
double v_dsum(const double *a, const double *b, size_t n)
{ double s = 0; for (size_t i = 0; i < n; i++) s += a[i] * b[i]; return s; }
