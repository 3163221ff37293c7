/* sim/fp/fp8.c — FEAT_FP8 conversions: E4M3 and E5M2 to and from half,
 * bfloat16 and single, with FPMR's formats, scales (LSCALE, LSCALE2,
 * NSCALE) and overflow saturation (OSC).  FP8 conversions round to nearest
 * even, never flush, use the default NaN and do not set IDC.
 */
#include "sim/fp/fp_internal.h"

/* FPMR's 3-bit format field to an internal format, or -1 if reserved */
static int fp8_fmt(unsigned field)
{
    return field == SMESIM_FP8_E5M2 ? FMT_E5M2 : field == SMESIM_FP8_E4M3 ? FMT_E4M3 : -1;
}

/* the FPCR an FP8 conversion rounds with: default NaN (signed by AH),
 * round to nearest even, no flushing */
static uint32_t fp8_fpcr(const smesim_fpenv *env)
{
    return (env->fpcr & SMESIM_FPCR_AH) | SMESIM_FPCR_DN;
}

uint16_t smesim_fp8_to_fp(smesim_fpfmt to, uint8_t a, int src, smesim_fpenv *env)
{
    unsigned field = (unsigned)(env->fpmr >> (src == 2 ? SMESIM_FPMR_F8S2_SHIFT : SMESIM_FPMR_F8S1_SHIFT)) & 7;
    unsigned lscale = (unsigned)(env->fpmr >> (src == 2 ? SMESIM_FPMR_LSCALE2_SHIFT : SMESIM_FPMR_LSCALE_SHIFT));
    int scale = -(int)(lscale & (to == SMESIM_FP16 ? 0xfu : 0x3fu));
    uint32_t fpcr = fp8_fpcr(env);
    int f = fp8_fmt(field);
    if (f < 0) {
        /* a reserved format reads as a signalling NaN */
        env->fpsr |= SMESIM_FPSR_IOC;
        return (uint16_t)fp_default_nan(to, fpcr);
    }
    fpunp u = fp_unpack(f, a, 0, false, env);
    if (FPT_ISNAN(u.type)) {
        if (u.type == FPT_SNAN) env->fpsr |= SMESIM_FPSR_IOC;
        return (uint16_t)fp_default_nan(to, fpcr);
    }
    if (u.type == FPT_INF) return (uint16_t)fp_inf(to, u.sign);
    if (u.type == FPT_ZERO) return (uint16_t)fp_zero(to, u.sign);
    return (uint16_t)fp_round(to, u.sign, u.exp + scale, u.sig, fpcr, SMESIM_FPR_TIEEVEN, true, env);
}

/* round to E4M3 or E5M2: before-rounding tininess, saturation or
 * infinity/NaN on overflow */
static uint8_t round_fp8(int f, int sign, int32_t exp, uint64_t sig, bool saturate, smesim_fpenv *env)
{
    const bool altfp = fp_altfp(env->fpcr);
    const fpfmtinfo *fi = FI(f);
    const unsigned g = 63 - fi->f;
    const uint64_t half = 1ull << (g - 1), gmask = (1ull << g) - 1;
    int32_t biased = exp - fi->emin + 1;
    uint64_t s = sig;
    if (biased < 1) {
        s = shr_jam64(sig, 1 - biased > 100 ? 100u : (uint32_t)(1 - biased));
        biased = 0;
    }
    uint64_t mant = s >> g, rem = s & gmask;
    bool inexact = rem != 0;
    bool tiny = biased == 0;
    if (altfp && tiny) {
        /* FPCR.AH: tininess after rounding, as FPRoundBase */
        uint64_t mu = sig >> g, ru = sig & gmask;
        if (ru > half || (ru == half && (mu & 1))) mu++;
        tiny = exp - fi->emin + 1 + (mu == (2ull << fi->f)) < 1;
    }
    if (tiny && inexact) env->fpsr |= SMESIM_FPSR_UFC;
    if (rem > half || (rem == half && (mant & 1))) {
        mant++;
        if (mant == (1ull << fi->f)) biased = 1;
        if (mant == (2ull << fi->f)) {
            biased++;
            mant >>= 1;
        }
    }
    uint64_t fmask = (1ull << fi->f) - 1;
    bool overflow = f == FMT_E5M2 ? biased >= 31 : (biased > 15 || (biased == 15 && (mant & fmask) == fmask));
    uint8_t sbit = (uint8_t)(sign << 7);
    if (overflow) {
        env->fpsr |= SMESIM_FPSR_OFC | SMESIM_FPSR_IXC;
        if (saturate) return sbit | (f == FMT_E5M2 ? 0x7b : 0x7e);
        return sbit | (f == FMT_E5M2 ? 0x7c : 0x7f);
    }
    if (inexact) env->fpsr |= SMESIM_FPSR_IXC;
    return (uint8_t)(sbit | (uint8_t)(biased << fi->f) | (uint8_t)(mant & fmask));
}

uint8_t smesim_fp_to_fp8(smesim_fpfmt from, uint64_t a, smesim_fpenv *env)
{
    int f = fp8_fmt((unsigned)(env->fpmr >> SMESIM_FPMR_F8D_SHIFT) & 7);
    bool saturate = (env->fpmr & SMESIM_FPMR_OSC) != 0;
    int scale = from == SMESIM_FP16 ? (int)((int64_t)(env->fpmr << 35) >> 59)     /* NSCALE[4:0] */
                                    : (int)(int8_t)(env->fpmr >> SMESIM_FPMR_NSCALE_SHIFT);
    uint32_t fpcr = fp8_fpcr(env);
    if (f < 0) {
        env->fpsr |= SMESIM_FPSR_IOC;
        return 0xff;
    }
    fpunp u = fp_unpack(from, a, 0, false, env);
    if (FPT_ISNAN(u.type)) {
        if (u.type == FPT_SNAN) env->fpsr |= SMESIM_FPSR_IOC;
        return (uint8_t)(fp_altfp(fpcr) << 7 | (f == FMT_E5M2 ? 0x7e : 0x7f));
    }
    uint8_t sbit = (uint8_t)(u.sign << 7);
    if (u.type == FPT_ZERO) return sbit;
    if (u.type == FPT_INF) {
        if (saturate) return sbit | (f == FMT_E5M2 ? 0x7b : 0x7e);
        return sbit | (f == FMT_E5M2 ? 0x7c : 0x7f);
    }
    return round_fp8(f, u.sign, u.exp + scale, u.sig, saturate, env);
}
