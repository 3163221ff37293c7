"""decode/gen/source.py — reading pattern files into a Source: fields,
argument sets, formats, patterns, aliases, section defaults and overlap
groups.  Only syntax lives here; decode/gen/check.py gives it meaning.
The format is described in docs/decode-format.md.
"""

import re

from .errors import GenError

# attributes a format, pattern or `default` line may carry (key=value);
# any other name=number word is a constant of the argument set
ATTRS = ("feat", "sfeat", "need", "time", "mem", "exec", "flops", "acc", "if",
         "let", "set")
ALIAS_ATTRS = ("if", "let", "set")


class Field:
    """A field: bit ranges concatenated (first is most significant),
    optionally signed, optionally transformed by tf_<func>."""

    def __init__(self, name, parts, signed, func, where):
        self.name, self.parts, self.signed, self.func, self.where = (
            name, parts, signed, func, where)
        self.width = sum(ln for _, ln in parts)

    def mask(self):
        m = 0
        for pos, ln in self.parts:
            m |= ((1 << ln) - 1) << pos
        return m

    def renamed(self, name):
        return Field(name, self.parts, self.signed, self.func, self.where)


class ArgSet:
    def __init__(self, name, members, where, implicit=False, file=None):
        self.name, self.members, self.where, self.implicit = name, members, where, implicit
        self.file = file
        self.cname = name      # its C name (check.py makes it unique)


class Bits:
    """What a run of bit tokens, field references and constants says."""

    def __init__(self):
        self.fixmask = self.fixval = self.ignmask = self.onemask = 0
        self.fields = {}
        self.consts = {}
        self.text = ""


class Format:
    def __init__(self, name, bits, attrs, argset, template, where):
        self.name, self.bits, self.attrs, self.argset, self.template, self.where = (
            name, bits, attrs, argset, template, where)


class Pattern:
    def __init__(self):
        self.name = self.where = self.file = None
        self.fixmask = self.fixval = self.ignmask = self.onemask = 0
        self.fields = {}      # name -> Field
        self.consts = {}      # name -> int
        self.lets = []        # [(name, C expression)] computed at decode
        self.attrs = {}
        self.template = None
        self.argset = None    # ArgSet (resolved by check)
        self.argset_name = None
        self.fmt = None
        self.group = None
        self.bits_text = ""
        # filled by check.py
        self.mnemonic = self.toks = None
        self.access = []
        self.feat = self.sfeat = None
        self.index = None


class Alias:
    def __init__(self):
        self.name = self.base = self.where = None
        self.template = self.cond = self.let = self.set = None
        self.asmonly = False
        self.locals = []
        self.mnemonic = self.toks = None


class Source:
    """Fields (%), formats (@) and argument sets (&) belong to the file
    that defines them: a reference finds the file's own definition, else the
    one definition another file made (two files may each define a name for
    themselves; a third file cannot use it then without defining its own).
    An argument set's C name is its name, made unique with its file's name
    when two files define it."""

    def __init__(self):
        self.scoped = {"%": {}, "@": {}, "&": {}}    # kind -> name -> {file: definition}
        self.patterns = []
        self.aliases = []
        self.groups = 0

    def define(self, kind, name, file, value, where):
        per = self.scoped[kind].setdefault(name, {})
        if file in per:
            what = {"%": "field", "@": "format", "&": "argument set"}[kind]
            raise GenError(where, f"{what} {kind}{name} defined twice in this file ({per[file].where})")
        per[file] = value

    def lookup(self, kind, name, file, where):
        per = self.scoped[kind].get(name)
        if not per:
            return None
        if file in per:
            return per[file]
        if len(per) > 1:
            raise GenError(where, f"{kind}{name} is defined in {len(per)} other files "
                           f"({', '.join(sorted(per))}); define it in this file")
        return next(iter(per.values()))


# ------------------------------------------------------------ lines and words
def strip_comment(line):
    out, q = [], False
    for ch in line:
        if ch == '"':
            q = not q
        if ch == "#" and not q:
            break
        out.append(ch)
    return "".join(out)


def logical_lines(path):
    """(lineno, text): comments stripped; an indented line that starts with
    a template or a key=value continues the line before."""
    cur, cur_no = None, 0
    with open(path, encoding="utf-8") as fh:
        for no, raw in enumerate(fh, 1):
            line = strip_comment(raw.rstrip("\n"))
            if not line.strip():
                continue
            body = line.strip()
            if (line[0] in " \t" and cur is not None and cur not in ("{", "}")
                    and (body.startswith('"') or re.match(r"[a-z_]+=", body)
                         or body == "asmonly")):
                cur += " " + body
                continue
            if cur is not None:
                yield cur_no, cur
            cur, cur_no = body, no
    if cur is not None:
        yield cur_no, cur


def split_words(line, where):
    """Split on blanks except inside double quotes.  A wholly quoted word
    keeps a leading '"' as a marker (a template); key="v w" gives key=v w."""
    words, cur, q, quoted_whole = [], [], False, False
    for ch in line + " ":
        if ch == '"':
            if not q and not cur:
                quoted_whole = True
            q = not q
            continue
        if ch in " \t" and not q:
            if cur or quoted_whole:
                w = "".join(cur)
                words.append('"' + w if quoted_whole else w)
            cur, quoted_whole = [], False
            continue
        cur.append(ch)
    if q:
        raise GenError(where, "unterminated double quote")
    return words


def split_attrs(words, where, allowed=ATTRS):
    attrs, rest = {}, []
    for w in words:
        k = w.split("=", 1)[0] if "=" in w else None
        if k in allowed:
            if k in attrs:
                raise GenError(where, f"attribute '{k}' given twice")
            attrs[k] = w.split("=", 1)[1]
        elif k in ATTRS:
            raise GenError(where, f"'{k}=' is not allowed here")
        else:
            rest.append(w)
    return attrs, rest


# ------------------------------------------------------------ fields and bits
def parse_field_spec(tok, where):
    m = re.fullmatch(r"(\d+):(s?)(\d+)", tok)
    if not m:
        raise GenError(where, f"bad field part '{tok}' (want pos:len or pos:slen)")
    pos, ln = int(m.group(1)), int(m.group(3))
    if ln == 0 or pos + ln > 32:
        raise GenError(where, f"field part '{tok}' lies outside the 32-bit word")
    return pos, ln, m.group(2) == "s"


def parse_bit_tokens(tokens, where, bits):
    pos = 32
    for tok in tokens:
        m = re.fullmatch(r"([A-Za-z_]\w*):(s?)(\d+)", tok)
        if m:
            ln = int(m.group(3))
            pos -= ln
            if pos < 0:
                raise GenError(where, "more than 32 bits")
            name = m.group(1)
            if name in bits.fields:
                raise GenError(where, f"field '{name}' appears twice in the bits")
            bits.fields[name] = Field(name, [(pos, ln)], m.group(2) == "s", None, where)
            continue
        if not re.fullmatch(r"[01.\-+]+", tok):
            raise GenError(where, f"bad bit token '{tok}'")
        for ch in tok:
            pos -= 1
            if pos < 0:
                raise GenError(where, "more than 32 bits")
            if ch in "01":
                bits.fixmask |= 1 << pos
                bits.fixval |= int(ch) << pos
            elif ch == "-":
                bits.ignmask |= 1 << pos
            elif ch == "+":                 # ignored; the assembler writes 1
                bits.ignmask |= 1 << pos
                bits.onemask |= 1 << pos
    if pos != 0:
        raise GenError(where, f"bits add up to {32 - pos}, not 32")


def split_bits(words, src, where, file=None):
    """Bit tokens, %field and name=%field references, name=value constants,
    @format and &argset references -> (Bits, [format refs], [argset refs])."""
    b = Bits()
    toks, frefs, fmts, sets = [], [], [], []
    for w in words:
        if w.startswith("@"):
            fmts.append(w[1:])
        elif w.startswith("&"):
            sets.append(w[1:])
        elif w.startswith("%"):
            frefs.append((w[1:], w[1:]))
        elif re.fullmatch(r"[A-Za-z_]\w*=%[A-Za-z_]\w*", w):
            k, v = w.split("=%")
            frefs.append((k, v))
        elif re.fullmatch(r"[A-Za-z_]\w*=-?(0x[0-9a-fA-F]+|\d+)", w):
            k, v = w.split("=")
            if k in b.consts:
                raise GenError(where, f"constant '{k}' given twice")
            b.consts[k] = int(v, 0)
        else:
            toks.append(w)
    if toks:
        parse_bit_tokens(toks, where, b)
    for name, r in frefs:
        d = src.lookup("%", r, file, where)
        if d is None:
            raise GenError(where, f"unknown field %{r}")
        if name in b.fields:
            raise GenError(where, f"field '{name}' given twice")
        b.fields[name] = d.renamed(name)
    b.text = " ".join(toks)
    return b, fmts, sets


def parse_lets(text, where):
    out = []
    for stmt in filter(None, (s.strip() for s in text.split(";"))):
        m = re.fullmatch(r"([a-z_]\w*)\s*=\s*(.+)", stmt)
        if not m:
            raise GenError(where, f"bad let statement '{stmt}' (want name = expression)")
        out.append((m.group(1), m.group(2).strip()))
    return out


# ------------------------------------------------------------ files
def parse_file(path, src):
    group = None
    defaults = {}
    for no, line in logical_lines(path):
        where = f"{path}:{no}"
        if line == "{":
            if group is not None:
                raise GenError(where, "nested overlap groups are not supported")
            src.groups += 1
            group = src.groups
            continue
        if line == "}":
            if group is None:
                raise GenError(where, "'}' without '{'")
            group = None
            continue
        words = split_words(line, where)
        head = words[0]
        if head == "default":
            attrs, rest = split_attrs(words[1:], where)
            if rest:
                raise GenError(where, f"default takes only attributes, not '{rest[0]}'")
            for k in ("if", "let", "set"):
                if k in attrs:
                    raise GenError(where, f"'{k}=' belongs to one pattern, not to a section")
            defaults = attrs
        elif head.startswith("%"):
            parse_field_def(head[1:], words[1:], src, where, path)
        elif head.startswith("&"):
            name = head[1:]
            if not re.fullmatch(r"[a-z_]\w*", name):
                raise GenError(where, f"argument set name '{name}' must be lower case")
            members = words[1:]
            for m in members:
                if not re.fullmatch(r"[a-z_]\w*", m):
                    raise GenError(where, f"bad argument set member '{m}'")
            if len(set(members)) != len(members):
                raise GenError(where, f"argument set &{name} names a member twice")
            src.define("&", name, path, ArgSet(name, members, where, file=path), where)
        elif head.startswith("@"):
            parse_format(head[1:], words[1:], src, where, path)
        elif head == "alias":
            parse_alias(words[1:], src, where)
        else:
            parse_pattern(head, words[1:], src, where, group, defaults, path)
    if group is not None:
        raise GenError(path, "unterminated '{' group")


def parse_field_def(name, words, src, where, file):
    func, parts, signed = None, [], False
    for w in words:
        if w.startswith("!function="):
            func = w.split("=", 1)[1]
        else:
            pos, ln, s = parse_field_spec(w, where)
            if not parts:
                signed = s
            elif s:
                raise GenError(where, "only the first (most significant) part may be signed")
            parts.append((pos, ln))
    if not parts:
        raise GenError(where, f"field %{name} has no bits")
    src.define("%", name, file, Field(name, parts, signed, func, where), where)


def parse_format(name, words, src, where, file):
    attrs, rest = split_attrs(words, where)
    templ = [w[1:] for w in rest if w.startswith('"')]
    rest = [w for w in rest if not w.startswith('"')]
    if len(templ) > 1:
        raise GenError(where, f"format @{name} has more than one template")
    b, fmts, sets = split_bits(rest, src, where, file)
    if fmts:
        raise GenError(where, f"format @{name} may not use another format")
    if len(sets) > 1:
        raise GenError(where, f"format @{name} names more than one argument set")
    src.define("@", name, file, Format(name, b, attrs, sets[0] if sets else None,
                                       templ[0] if templ else None, where), where)


def parse_alias(words, src, where):
    a = Alias()
    a.where = where
    attrs, rest = split_attrs(words, where, ALIAS_ATTRS)
    a.asmonly = "asmonly" in rest
    rest = [r for r in rest if r != "asmonly"]
    if len(rest) != 3 or not rest[2].startswith('"'):
        raise GenError(where, 'alias wants: alias NAME BASE "template" [if=] [let=] [set=] [asmonly]')
    a.name, a.base, a.template = rest[0], rest[1], rest[2][1:]
    a.cond, a.let, a.set = attrs.get("if"), attrs.get("let"), attrs.get("set")
    src.aliases.append(a)


def parse_pattern(head, words, src, where, group, defaults, path):
    p = Pattern()
    p.name, p.where, p.group, p.file = head, where, group, path
    if not re.fullmatch(r"[A-Z][A-Za-z0-9_]*", head):
        raise GenError(where, f"'{head}' is neither a pattern name (capitalised) nor a directive")
    attrs, rest = split_attrs(words, where)
    templ = [w[1:] for w in rest if w.startswith('"')]
    rest = [w for w in rest if not w.startswith('"')]
    if len(templ) != 1:
        raise GenError(where, f"pattern {head} needs exactly one quoted template")
    b, fmts, sets = split_bits(rest, src, where, path)
    if len(fmts) > 1:
        raise GenError(where, "a pattern takes at most one format")
    if len(sets) > 1:
        raise GenError(where, "a pattern names at most one argument set")
    p.fixmask, p.fixval, p.ignmask, p.onemask = b.fixmask, b.fixval, b.ignmask, b.onemask
    p.fields, p.consts, p.bits_text = b.fields, b.consts, b.text
    merged = dict(defaults)
    fmt_template = None
    if fmts:
        fmt = src.lookup("@", fmts[0], path, where)
        if fmt is None:
            raise GenError(where, f"unknown format @{fmts[0]}")
        p.fmt = fmt
        fb = fmt.bits
        if (fb.fixval ^ p.fixval) & fb.fixmask & p.fixmask:
            raise GenError(where, f"fixed bits disagree with format @{fmt.name}")
        p.fixmask |= fb.fixmask
        p.fixval |= fb.fixval
        p.ignmask |= fb.ignmask
        p.onemask |= fb.onemask
        for k, v in fb.fields.items():
            if k in p.fields:
                raise GenError(where, f"field '{k}' given by both pattern and @{fmt.name}")
            p.fields[k] = v
        for k, v in fb.consts.items():
            p.consts.setdefault(k, v)
        merged.update(fmt.attrs)
        p.bits_text = (p.bits_text + " " if p.bits_text else "") + "@" + fmt.name
        p.argset_name = fmt.argset
        fmt_template = fmt.template
    merged.update(attrs)
    if sets:
        p.argset_name = sets[0]
    p.attrs = merged
    t = templ[0]
    if fmt_template is not None and re.fullmatch(r"[a-z][a-z0-9.]*", t):
        t = t + " " + fmt_template          # "add" + the format's operands
    p.template = t
    if "let" in merged:
        p.lets = parse_lets(merged["let"], where)
    src.patterns.append(p)
