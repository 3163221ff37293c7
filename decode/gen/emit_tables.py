"""decode/gen/emit_tables.py — everything but the decoder: the X-macro
lists (insn_list.h), the argument-set structs (args.h), and tables.c with
each instruction's static facts, its templates and aliases as token arrays,
the encoder's field tables and the operand access specs."""

from .cexpr import c_str, cname, rewrite
from .emit_print import Printers
from .errors import GenError



def groups_with_parents(src):
    """Every timing group a pattern names, and every dotted prefix of one,
    sorted: [(name, parent or None)]."""
    names = set()
    for p in src.patterns:
        parts = p.attrs["time"].split(".")
        for i in range(1, len(parts) + 1):
            names.add(".".join(parts[:i]))
    out = []
    seen_c = {}
    for n in sorted(names):
        c = cname(n)
        if c in seen_c:
            raise GenError(src.patterns[0].where, f"timing groups '{n}' and '{seen_c[c]}' have one C name")
        seen_c[c] = n
        out.append((n, n.rsplit(".", 1)[0] if "." in n else None))
    return out


def exec_bodies(src):
    """[(body name, argset name)] in first-use order (shapes aside)."""
    out, seen = [], set()
    for p in src.patterns:
        e = p.attrs.get("exec")
        if e and "(" not in e and e not in seen:
            seen.add(e)
            out.append((e, p.argset.name))
    return out


def emit_insn_list(src, hdr):
    o = [hdr, "#ifndef SMESIM_GEN_INSN_LIST_H", "#define SMESIM_GEN_INSN_LIST_H", ""]
    o.append("/* X(id): every pattern, in pattern-file order */")
    o.append("#define SMESIM_FOREACH_INSN(X) \\")
    for p in src.patterns:
        o.append(f"    X({p.name}) \\")
    o.append("")
    o.append("/* X(id, body): the patterns that have an executor body */")
    o.append("#define SMESIM_FOREACH_INSN_EXEC(X) \\")
    for p in src.patterns:
        if p.attrs.get("exec") and "(" not in p.attrs["exec"]:
            o.append(f"    X({p.name}, {p.attrs['exec']}) \\")
    o.append("")
    o.append("/* X(id, shape, operation, argument set, element size): one line per")
    o.append("   element size a pattern with `exec=shape(operation)` can have */")
    o.append("#define SMESIM_FOREACH_INSN_SHAPE(X) \\")
    for p in src.patterns:
        e = p.attrs.get("exec", "")
        if "(" not in e:
            continue
        shape, op = e[:-1].split("(")
        if "esz" in p.consts:
            eszs = [p.consts["esz"]]
        elif "esz" in p.fields:
            eszs = list(range(1 << p.fields["esz"].width)) if not p.fields["esz"].func else [0, 1, 2, 3]
        else:
            eszs = [0]
        for k in eszs:
            o.append(f"    X({p.name}, {shape}, {op}, {p.argset.name}, {k}) \\")
    o.append("")
    o.append("/* X(body, argument set): each executor body once */")
    o.append("#define SMESIM_FOREACH_EXEC(X) \\")
    for body, aset in exec_bodies(src):
        o.append(f"    X({body}, {aset}) \\")
    o.append("")
    o.append("/* X(id, body, assignments): per body, the patterns it runs, each with its")
    o.append("   constants as assignments to a local copy `a` of the operands, so that")
    o.append("   each pattern gets the body compiled for its constants (sim/exec/exec.h) */")
    for body, aset in exec_bodies(src):
        o.append(f"#define SMESIM_VARIANTS_{body}(X) \\")
        for p in src.patterns:
            if p.attrs.get("exec") == body:
                consts = " ".join(f"a.{k} = {v};" for k, v in p.consts.items())
                o.append(f"    X({p.name}, {body}, {consts}) \\")
        o.append("")
    o.append("/* X(C name, \"dotted.name\", parent C name or root): timing groups */")
    o.append("#define SMESIM_FOREACH_TGROUP(X) \\")
    for n, parent in groups_with_parents(src):
        o.append(f"    X({cname(n)}, \"{n}\", {cname(parent) if parent else 'root'}) \\")
    o.append("")
    o.append(f"#define SMESIM_NUM_PATTERNS {len(src.patterns)}")
    o.append(f"#define SMESIM_NUM_ALIASES {len(src.aliases)}")
    o += ["", "#endif", ""]
    return "\n".join(o)


def used_argsets(src):
    used = []
    for p in src.patterns:
        if p.argset not in used:
            used.append(p.argset)
    return used


def max_args(src):
    return max([len(s.members) for s in used_argsets(src)] + [1])


def emit_args(src, hdr):
    o = [hdr, "#ifndef SMESIM_GEN_ARGS_H", "#define SMESIM_GEN_ARGS_H", "",
         "#include <stdint.h>", ""]
    used = used_argsets(src)
    o.append(f"#define SMESIM_MAX_ARGS {src.max_args}")
    o.append("")
    o.append("/* One struct per argument set: the decoded operands of every pattern")
    o.append("   that uses it, in member order (v[i] in the union below). */")
    for s in used:
        members = " ".join(f"int64_t {m};" for m in s.members) or "int64_t none_;"
        o.append(f"struct smesim_args_{s.name} {{ {members} }};")
    o.append("")
    o.append("typedef union smesim_args {")
    o.append("    int64_t v[SMESIM_MAX_ARGS];")
    for s in used:
        o.append(f"    struct smesim_args_{s.name} as_{s.name};")
    o.append("} smesim_args;")
    o.append("")
    o.append("/* the argument set of each executor body */")
    for body, aset in exec_bodies(src):
        o.append(f"typedef struct smesim_args_{aset} smesim_argsof_{body};")
    o += ["", "#endif", ""]
    return "\n".join(o)


class TokenTable:
    """Flattens template token trees into one C array."""

    def __init__(self):
        self.toks, self.conds = [], []

    def add(self, toks, slot):
        start = len(self.toks)
        for t in toks:
            if t[0] == "lit":
                self.toks.append(f"{{SMESIM_TOK_LIT, 0, -1, -1, 0, {{0}}, {c_str(t[1])}, "
                                 f"{len(t[1].encode())}, 0, 0}}")
            elif t[0] == "op":
                _, kind, lit, pname, names = t
                sl = [slot(n) for n in names]
                param = -1 if lit is None else lit
                pslot = -1 if pname is None else slot(pname)
                self.toks.append(f"{{SMESIM_TOK_OP, SMESIM_KIND_{kind}, {param}, {pslot}, {len(sl)}, "
                                 f"{{{', '.join(map(str, sl))}}}, 0, 0, 0, 0}}")
            else:
                conds, body = t[1], t[2]
                me = len(self.toks)
                self.toks.append(None)
                c0 = len(self.conds)
                for n, v in conds:
                    self.conds.append(f"{{{slot(n)}, {v}}}")
                self.add(body, slot)
                end = len(self.toks)
                self.toks.append("{SMESIM_TOK_END, 0, -1, -1, 0, {0}, 0, 0, 0, 0}")
                self.toks[me] = f"{{SMESIM_TOK_OPT, 0, -1, -1, 0, {{0}}, 0, {c0}, {len(conds)}, {end}}}"
        return start, len(self.toks) - start


def statements(text, slot_of, where, locals_=()):
    """`a = x; b = y` over argument and local names -> C statement lines."""
    return "".join(f"    {rewrite(s.strip(), slot_of, where, locals_)};\n"
                   for s in text.split(";") if s.strip())


def feat_mask(names):
    if names is None:
        return "SMESIM_FEAT_NEVER"
    return "|".join(f"SMESIM_FEATBIT({n})" for n in names)


def emit_tables(src, kinds, hdr):
    o = [hdr, '#include "decode/decode_impl.h"', ""]
    tt = TokenTable()
    aliases_of = {}
    for i, a in enumerate(src.aliases):
        aliases_of.setdefault(a.base, []).append((i, a))

    # ---- forms: each pattern's aliases (printing preference), its own
    # template, then its assembler-only aliases
    forms, fns = [], []
    pr = Printers()
    for p in src.patterns:
        slot_of = {n: i for i, n in enumerate(p.argset.members)}
        mine = aliases_of.get(p.name, [])
        ordered = [x for x in mine if not x[1].asmonly] + [None] + [x for x in mine if x[1].asmonly]
        for entry in ordered:
            if entry is None:
                ts, tn = tt.add(p.toks, lambda n, s=slot_of: s[n])
                pf = pr.function(p.mnemonic, p.toks, lambda n, s=slot_of: s[n], p.where)
                forms.append((p.name, p.mnemonic, ts, tn, "0", "0", "0", 0, 0, f"{p.name} ({p.where})", pf))
                continue
            i, a = entry

            def slot(n, s=slot_of, loc=a.locals):
                return s[n] if n in s else src.max_args + loc.index(n)
            ts, tn = tt.add(a.toks, slot)
            pf = "0" if a.asmonly else pr.function(a.mnemonic, a.toks, slot, a.where)
            cfn = lfn = sfn = "0"
            if a.cond:
                cfn = f"alias_cond_{i}"
                fns.append(f"/* {a.name} ({a.where}) */\nstatic int {cfn}(const smesim_args *a)\n"
                           f"{{\n    return {rewrite(a.cond, slot_of, a.where)};\n}}\n")
            if a.let:
                lfn = f"alias_let_{i}"
                fns.append(f"static void {lfn}(const smesim_args *a, int64_t *L)\n"
                           f"{{\n    (void)a;\n{statements(a.let, slot_of, a.where, a.locals)}}}\n")
            if a.set:
                sfn = f"alias_set_{i}"
                fns.append(f"static void {sfn}(smesim_args *a, const int64_t *L)\n"
                           f"{{\n    (void)L;\n{statements(a.set, slot_of, a.where, a.locals)}}}\n")
            forms.append((p.name, a.mnemonic, ts, tn, cfn, lfn, sfn, len(a.locals),
                          1 if a.asmonly else 0, f"{a.name} ({a.where})", pf))
    # pattern set= (derived values back to fields, for the assembler)
    pset = {}
    for p in src.patterns:
        if "set" in p.attrs:
            slot_of = {n: i for i, n in enumerate(p.argset.members)}
            pset[p.name] = f"pattern_set_{p.name}"
            fns.append(f"/* {p.name} ({p.where}) */\nstatic void pattern_set_{p.name}(smesim_args *a)\n"
                       f"{{\n{statements(p.attrs['set'], slot_of, p.where)}}}\n")
    o += fns
    o += pr.out
    o.append(f"const smesim_tok smesim_toks[{max(1, len(tt.toks))}] = {{")
    o += [f"    {t}," for t in tt.toks]
    o.append("};")
    o.append(f"const smesim_optcond smesim_optconds[{max(1, len(tt.conds))}] = {{")
    o += [f"    {c}," for c in tt.conds]
    o.append("};")
    o.append(f"const smesim_form smesim_forms[{len(forms)}] = {{")
    for fm in forms:
        o.append(f"    /* {fm[9]} */")
        o.append(f"    {{SMESIM_INSN_{fm[0]}, \"{fm[1]}\", {fm[2]}, {fm[3]}, {fm[4]}, {fm[5]}, {fm[6]}, "
                 f"{fm[7]}, {fm[8]}, {fm[10]}}},")
    o.append("};")
    o.append(f"const unsigned smesim_num_forms = {len(forms)};")
    first = {}
    for i, fm in enumerate(forms):
        first.setdefault(fm[0], [i, 0])[1] += 1
    o.append("const uint16_t smesim_insn_forms[SMESIM_NUM_PATTERNS][2] = {")
    for p in src.patterns:
        o.append(f"    {{{first[p.name][0]}, {first[p.name][1]}}}, /* {p.name} */")
    o.append("};")
    order = sorted(range(len(forms)), key=lambda i: forms[i][1])
    o.append(f"const uint16_t smesim_forms_by_mnemonic[{len(forms)}] = {{")
    for k in range(0, len(order), 16):
        o.append("    " + ", ".join(str(i) for i in order[k:k + 16]) + ",")
    o.append("};")
    o.append("")

    # ---- encoder tables
    funcs = sorted({f.func for p in src.patterns for f in p.fields.values() if f.func})
    fid = {f: i + 1 for i, f in enumerate(funcs)}
    o.append("int smesim_tf_inv(int func, int64_t v, uint64_t *raw)")
    o.append("{")
    o.append("    switch (func) {")
    for f in funcs:
        o.append(f"    case {fid[f]}: return tf_{f}_inv(v, raw);")
    o.append("    default: *raw = (uint64_t)v; return 1;")
    o.append("    }")
    o.append("}")
    o.append("")
    encf, encc, encs = [], [], []
    for p in src.patterns:
        slot_of = {n: i for i, n in enumerate(p.argset.members)}
        f0 = len(encf)
        for fl in p.fields.values():
            parts = fl.parts + [(0, 0)] * (3 - len(fl.parts))
            if len(fl.parts) > 3:
                raise GenError(fl.where, f"field '{fl.name}' has more than 3 parts")
            encf.append(f"{{{slot_of[fl.name]}, {fl.width}, {1 if fl.signed else 0}, "
                        f"{fid.get(fl.func, 0)}, {len(fl.parts)}, "
                        f"{{{', '.join(str(x) for x, _ in parts)}}}, "
                        f"{{{', '.join(str(y) for _, y in parts)}}}}}")
        c0 = len(encc)
        for k, v in p.consts.items():
            encc.append(f"{{{slot_of[k]}, {v}}}")
        encs.append(f"{{{p.fixval:#010x}u, {p.fixmask:#010x}u, {f0}, {len(encf) - f0}, {c0}, "
                    f"{len(encc) - c0}, {pset.get(p.name, '0')}}}, /* {p.name} */")
    o.append(f"const smesim_encfield smesim_encfields[{max(1, len(encf))}] = {{")
    o += [f"    {e}," for e in encf]
    o.append("};")
    o.append(f"const smesim_optcond smesim_encconsts[{max(1, len(encc))}] = {{")
    o += [f"    {e}," for e in encc]
    o.append("};")
    o.append("const smesim_encinfo smesim_encinfos[SMESIM_NUM_PATTERNS] = {")
    o += [f"    {e}" for e in encs]
    o.append("};")
    o.append("")

    # ---- operand access
    acc_out, acc_first = [], []
    modes = {"r": "SMESIM_ACC_R", "w": "SMESIM_ACC_W", "rw": "SMESIM_ACC_RW"}
    for p in src.patterns:
        slot_of = {n: i for i, n in enumerate(p.argset.members)}
        start = len(acc_out)
        for what, mode, t, kind in p.access:
            if what == "implicit":
                acc_out.append(f"{{SMESIM_CLASS_IMPLICIT, {modes[mode]}, -1, -1, 1, "
                               f"{{SMESIM_IMPL_{t}}}, 0}}")
                continue
            _, kname, lit, pname, names = t
            sl = [slot_of[n] for n in names]
            param = -1 if lit is None else lit
            pslot = -1 if pname is None else slot_of[pname]
            acc_out.append(f"{{SMESIM_CLASS_{kind.classes[0]}, {modes[mode]}, {param}, {pslot}, "
                           f"{len(sl)}, {{{', '.join(map(str, sl))}}}, SMESIM_KIND_{kname}}}")
        acc_first.append((start, len(acc_out) - start, p.name))
    o.append(f"const smesim_accspec smesim_accspecs[{max(1, len(acc_out))}] = {{")
    o += [f"    {a}," for a in acc_out]
    o.append("};")
    o.append("const uint16_t smesim_insn_acc[SMESIM_NUM_PATTERNS][2] = {")
    o += [f"    {{{s}, {n}}}, /* {name} */" for s, n, name in acc_first]
    o.append("};")
    o.append("")

    # ---- static facts
    o.append("const smesim_insn_info smesim_insn_infos[SMESIM_NUM_PATTERNS] = {")
    for p in src.patterns:
        a = p.attrs
        esz = p.argset.members.index("esz") if "esz" in p.argset.members else -1
        o.append(f"    {{\"{p.name}\", \"{p.mnemonic}\", {feat_mask(p.feat)}, {feat_mask(p.sfeat)}, "
                 f"SMESIM_TG_{cname(a['time'])}, SMESIM_NEED_{a['need']}, SMESIM_MEM_{a['mem']}, "
                 f"{a['flops']}, {esz}}},")
    o.append("};")
    o.append("")
    o.append("const uint32_t smesim_pattern_bits[SMESIM_NUM_PATTERNS][2] = {")
    for p in src.patterns:
        o.append(f"    {{{p.fixmask:#010x}u, {p.fixval:#010x}u}}, /* {p.name} */")
    o.append("};")
    o.append("")
    o.append("const char *const smesim_argset_names[SMESIM_NUM_PATTERNS] = {")
    for p in src.patterns:
        o.append(f"    \"{p.argset.name}\",")
    o.append("};")
    o.append("")
    o.append("/* the names of each pattern's argument slots, blank-separated */")
    o.append("const char *const smesim_arg_names[SMESIM_NUM_PATTERNS] = {")
    for p in src.patterns:
        o.append(f"    \"{' '.join(p.argset.members)}\",")
    o.append("};")
    o.append("")
    return "\n".join(o)
