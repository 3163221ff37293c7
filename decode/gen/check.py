"""decode/gen/check.py — gives a parsed Source its meaning and refuses what
is wrong, with file and line: every bit accounted for, attributes valid,
argument sets resolved, templates compiled, operand access worked out,
overlaps only inside groups.
"""

import os
import re

from .errors import GenError
from .source import ArgSet
from .template import compile_template, template_ops, template_names

MEMS = ("none", "ld", "st", "ldst")
NEEDS = ("none", "za", "zt0")
IMPLICIT = ("nzcv", "za", "zt0", "ffr", "sm", "x30", "sp", "fpcr", "fpsr", "fpmr")
RESERVED = ("none_", "int", "char", "if", "else", "return")


def read_features(path):
    """FEATURE(name, "implied", "text") -> {name: [implied...]} in file order."""
    feats = {}
    rx = re.compile(r'^FEATURE\((\w+),\s*"([^"]*)",\s*"([^"]*)"\)')
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = rx.match(line.strip())
            if m:
                feats[m.group(1)] = m.group(2).split()
    if not feats:
        raise GenError(path, "no FEATURE(...) lines")
    for f, imp in feats.items():
        for i in imp:
            if i not in feats:
                raise GenError(path, f"feature {f} implies unknown feature {i}")
    if len(feats) > 63:
        raise GenError(path, "more than 63 features")
    return feats


def parse_feat(value, feats, where, key):
    """'-' -> None (never allowed); 'A+B' -> ['A', 'B']."""
    if value == "-":
        return None
    names = value.split("+")
    for n in names:
        if n not in feats:
            raise GenError(where, f"{key}={value}: unknown feature '{n}' (see decode/features.def)")
    return names


def check(src, kinds, feats):
    names = set()
    for p in src.patterns:
        if p.name in names:
            raise GenError(p.where, f"pattern name {p.name} used twice")
        names.add(p.name)
        check_bits(p)
        check_attrs(p, feats)
    resolve_argsets(src)
    for p in src.patterns:
        own = set(p.fields) | set(p.consts) | {n for n, _ in p.lets}
        p.mnemonic, p.toks = compile_template(p.template, own, kinds, p.where)
        used = template_names(p.toks)
        tested = cond_names(p.attrs.get("if", ""))
        for _, e in p.lets:
            tested |= cond_names(e)
        for f in p.fields:
            if f not in used and f not in tested:
                raise GenError(p.where, f"field '{f}' is neither printed, tested nor used by let=")
        p.access = parse_access(p, kinds)
    check_execs(src)
    check_aliases(src, kinds)
    check_overlaps(src)


def cond_names(expr):
    return set(re.findall(r"[A-Za-z_]\w*", expr or ""))


def check_bits(p):
    w = p.where
    covered = p.fixmask | p.ignmask
    for f in p.fields.values():
        fm = f.mask()
        if fm & p.fixmask:
            raise GenError(w, f"field '{f.name}' overlaps fixed bits")
        if fm & covered:
            raise GenError(w, f"field '{f.name}' overlaps another field")
        covered |= fm
    if covered != 0xFFFFFFFF:
        missing = 0xFFFFFFFF & ~covered
        raise GenError(w, f"bits {missing:#010x} are neither fixed, ignored ('-') nor in a field")
    for k in p.consts:
        if k in p.fields:
            raise GenError(w, f"'{k}' is both a field and a constant")
    for n, _ in p.lets:
        if n in p.fields or n in p.consts:
            raise GenError(w, f"let= assigns '{n}', which is already a field or constant")
    for n in list(p.fields) + list(p.consts) + [n for n, _ in p.lets]:
        if n in RESERVED:
            raise GenError(w, f"'{n}' is a reserved name")


def check_attrs(p, feats):
    a, w = p.attrs, p.where
    for k in ("feat", "time"):
        if k not in a:
            raise GenError(w, f"pattern {p.name} has no {k}= (give it, or a `default {k}=...` line)")
    p.feat = parse_feat(a["feat"], feats, w, "feat")
    p.sfeat = parse_feat(a.get("sfeat", a["feat"]), feats, w, "sfeat")
    if p.feat is None and p.sfeat is None:
        raise GenError(w, "feat=- and sfeat=- : the instruction would be legal nowhere")
    a.setdefault("need", "none")
    a.setdefault("mem", "none")
    a.setdefault("flops", "0")
    if a["need"] not in NEEDS:
        raise GenError(w, f"need={a['need']}: want one of {', '.join(NEEDS)}")
    if a["mem"] not in MEMS:
        raise GenError(w, f"mem={a['mem']}: want one of {', '.join(MEMS)}")
    if not a["flops"].isdigit():
        raise GenError(w, "flops= wants a whole number (operations per active element)")
    if not re.fullmatch(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)*", a["time"]):
        raise GenError(w, f"time={a['time']}: a timing group is lower-case words joined by dots")
    if "exec" in a and not re.fullmatch(r"[A-Za-z_]\w*(\([a-z_]\w*\))?", a["exec"]):
        raise GenError(w, f"exec={a['exec']}: want a body name or shape(operation)")


def resolve_argsets(src):
    """Each pattern gets an argument set: the one it or its format names
    (which must hold every name the pattern sets), or an implicit one made
    of exactly its names, shared by patterns with the same names.  Then
    every set used gets a C name unique in the table."""
    implicit = {}
    for p in src.patterns:
        own = sorted(set(p.fields) | set(p.consts) | {n for n, _ in p.lets})
        if p.argset_name:
            s = src.lookup("&", p.argset_name, p.file, p.where)
            if s is None:
                raise GenError(p.where, f"unknown argument set &{p.argset_name}")
            for n in own:
                if n not in s.members:
                    raise GenError(p.where, f"'{n}' is not a member of &{s.name} ({s.where})")
            p.argset = s
            continue
        key = tuple(own)
        s = implicit.get(key)
        if s is None:
            base = (p.fmt.name if p.fmt else p.name.lower())
            s = implicit[key] = ArgSet(base, list(key), p.where, implicit=True)
        p.argset = s
    taken = set()
    explicit = src.scoped["&"]
    for p in src.patterns:
        s = p.argset
        if getattr(s, "named", False):
            continue
        s.named = True
        name = s.name
        clash = name in taken or (s.implicit and name in explicit) or \
            (not s.implicit and len(explicit.get(name, {})) > 1)
        if clash and s.file:
            name = f"{re.sub(r'[^A-Za-z0-9_]', '_', os.path.basename(s.file).split('.')[0])}_{s.name}"
        k, base = 2, name
        while name in taken:
            name = f"{base}_{k}"
            k += 1
        taken.add(name)
        s.cname = name


def parse_access(p, kinds):
    """acc=name:mode,... -> [(class, mode, op-or-implicit)].

    Names: the first field of an operand (its main register), its kind
    when only one operand has it (`zav`), `dst` (the first register
    operand), or implicit state.  Modes r, w, rw.  `acc=-`
    writes nothing.  Register operands not named are read; index registers
    inside an operand (the W of a ZA slice) are always read.  A pattern
    with register operands must say acc= (or inherit it)."""
    where = p.where
    ops = []                     # (main name, kind, op token), first occurrence
    seen = set()
    for t in template_ops(p.toks):
        kind = kinds[t[1]]
        if kind.classes[0] == "NONE":
            continue
        if t[4][0] in seen:
            continue
        seen.add(t[4][0])
        ops.append(t)
    spec = p.attrs.get("acc")
    if spec is None:
        if ops:
            raise GenError(where, f"pattern {p.name} has register operands but no acc= "
                           "(say which are written, e.g. acc=dst:w)")
        spec = "-"
    modes = {}
    implicit = []
    if spec != "-":
        for item in filter(None, (s.strip() for s in spec.split(","))):
            m = re.fullmatch(r"(\w+):(r|w|rw)", item)
            if not m:
                raise GenError(where, f"bad access item '{item}' (want name:r|w|rw)")
            name, mode = m.groups()
            if name == "dst":
                if not ops:
                    raise GenError(where, "acc names dst, but the template has no register operand")
                name = ops[0][4][0]
            by_kind = [o for o in ops if o[1] == name]
            if len(by_kind) == 1 and not any(o[4][0] == name for o in ops):
                name = by_kind[0][4][0]          # an operand named by its kind (zav)
            if name in IMPLICIT:
                implicit.append((name, mode))
            elif any(o[4][0] == name for o in ops):
                if name in modes:
                    raise GenError(where, f"access of '{name}' given twice")
                modes[name] = mode
            else:
                raise GenError(where, f"acc names '{name}', which is neither the main field of a "
                               f"register operand nor one of dst, {', '.join(IMPLICIT)}")
    out = []
    for t in ops:
        kind = kinds[t[1]]
        out.append(("op", modes.get(t[4][0], "r"), t, kind))
    for name, mode in implicit:
        out.append(("implicit", mode, name, None))
    return out


def check_execs(src):
    """Patterns that share a body share its argument set.  A shape
    (`exec=zpzz_m(fadd)`) works on any set that has the members it uses."""
    body_set = {}
    for p in src.patterns:
        e = p.attrs.get("exec")
        if not e or "(" in e:
            continue
        prev = body_set.get(e)
        if prev is None:
            body_set[e] = p
        elif prev.argset is not p.argset:
            raise GenError(p.where, f"exec={e} is shared with {prev.name} ({prev.where}), whose "
                           f"argument set &{prev.argset.name} differs from &{p.argset.name}: "
                           "give both the same &set")


def check_aliases(src, kinds):
    byname = {p.name: p for p in src.patterns}
    for a in src.aliases:
        base = byname.get(a.base)
        if base is None:
            raise GenError(a.where, f"alias {a.name}: unknown base pattern {a.base}")
        names = set(base.fields) | set(base.consts) | {n for n, _ in base.lets}
        a.locals = []
        if a.let:
            for stmt in a.let.split(";"):
                if not stmt.strip():
                    continue
                m = re.fullmatch(r"\s*([a-z_]\w*)\s*=\s*(.+?)\s*", stmt)
                if not m:
                    raise GenError(a.where, f"bad let statement '{stmt}'")
                if m.group(1) in names:
                    raise GenError(a.where, f"let may not assign '{m.group(1)}', a field of {base.name}")
                a.locals.append(m.group(1))
        if len(a.locals) > 4:
            raise GenError(a.where, "at most 4 let values")
        a.mnemonic, a.toks = compile_template(a.template, names | set(a.locals), kinds, a.where)
        if a.locals and not a.set:
            raise GenError(a.where, "an alias with let= needs set= to assemble")


def overlap(a, b):
    common = a.fixmask & b.fixmask
    return ((a.fixval ^ b.fixval) & common) == 0


def check_overlaps(src):
    """Pairs whose fixed bits agree wherever both are fixed overlap; that is
    an error unless both sit in one { } group.  Bucketed on bits 31:24."""
    top = 0xFF000000
    buckets, wild = {}, []
    for p in src.patterns:
        if (p.fixmask & top) == top:
            buckets.setdefault(p.fixval & top, []).append(p)
        else:
            wild.append(p)
    order = {id(p): i for i, p in enumerate(src.patterns)}

    def report(a, b):
        if order[id(a)] > order[id(b)]:
            a, b = b, a
        raise GenError(b.where, f"pattern {b.name} overlaps {a.name} ({a.where})"
                       " outside an overlap group { }")

    def pairs(lst):
        for i, a in enumerate(lst):
            for b in lst[i + 1:]:
                if overlap(a, b) and not (a.group is not None and a.group == b.group):
                    report(a, b)
    for lst in buckets.values():
        pairs(lst)
    pairs(wild)
    for w in wild:
        for lst in buckets.values():
            for b in lst:
                if overlap(w, b) and not (w.group is not None and w.group == b.group):
                    report(w, b)
