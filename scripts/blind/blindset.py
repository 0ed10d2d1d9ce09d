#!/usr/bin/env python3
"""Blind gold sets: selection, an annotator's worksheet, and compiling the hand-written gold.

A blind set is a list of articles from a corpus under /work/corpora (see scripts/fetch-corpora.py),
annotated by hand before the engine ever runs on them. Its folder Tests/Fixtures/blind/SET/ holds:

  documents.txt  the corpus and the article ids (written by `select`; deterministic, seeded)
  names.tsv      hand-written: canonical name <TAB> type <TAB> other surface forms separated by " | "
                 (type: person, organization, place, group, other)
  quotes.tsv     hand-written: doc <TAB> span number (from the worksheet) <TAB> kind <TAB> speaker
                 (kind: speech = a direct quotation of words someone said or wrote;
                        other = a scare-quoted term, a title, a name; speaker "-" = none)
  gold.json      compiled by `compile` from the three files above and the texts: every name with its
                 occurrences (UTF-8 byte ranges in the document text as Dossier loads it), every quoted
                 span with its byte range and its first words. No article text beyond those first
                 words is stored, so the texts themselves stay out of the repository.

Usage:
  blindset.py select SET --corpus NAME --count N --seed S [--min-words A --max-words B --min-quote-marks Q]
  blindset.py worksheet SET            # print the articles with numbered quoted spans and name candidates
  blindset.py compile SET              # names.tsv + quotes.tsv + texts -> gold.json (checks everything)
  blindset.py texts SET OUTDIR         # copy the set's articles into OUTDIR (for peers and eyeballing)
"""
from __future__ import annotations

import argparse
import collections
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BLIND = os.path.join(ROOT, "Tests", "Fixtures", "blind")
CORPORA = os.environ.get("DOSSIER_CORPORA", "/work/corpora")
TYPES = {"person", "organization", "place", "group", "other"}
OPEN = {'"': '"', "\u201c": "\u201d"}
CLOSE = {'"', "\u201d"}


def body_of(path: str) -> str:
    """The document text as Dossier's text parser yields it: front matter removed, then leading and
    trailing spaces, tabs, CR and LF trimmed."""
    raw = open(path, "rb").read()
    lo = 0
    if raw.startswith(b"---\n"):
        i = 4
        while i < len(raw):
            e = raw.find(b"\n", i)
            e = len(raw) if e < 0 else e
            if raw[i:e].strip() in (b"---", b"..."):
                lo = min(len(raw), e + 1)
                break
            i = e + 1
    b = raw[lo:]
    return b.strip(b" \t\r\n").decode("utf-8")


def front(path: str) -> dict:
    raw = open(path, encoding="utf-8").read()
    out = {}
    if raw.startswith("---\n"):
        for line in raw[4:].split("\n"):
            if line.strip() == "---":
                break
            k, _, v = line.partition(":")
            out[k.strip()] = v.strip()
    return out


def read_set(name: str) -> tuple[str, list[str]]:
    lines = [l.strip() for l in open(os.path.join(BLIND, name, "documents.txt")) if l.strip() and not l.startswith("#")]
    corpus = lines[0].split()[1]
    return corpus, lines[1:]


def doc_path(corpus: str, doc: str) -> str:
    return os.path.join(CORPORA, corpus, doc + ".txt")


# ------------------------------------------------------------------ quoted spans

def paragraph_breaks(text: str, corpus: str) -> list[int]:
    """Byte-free character positions where a paragraph starts. Wire copy (Reuters) is hard-wrapped:
    a new paragraph is a line that starts indented or follows a blank line; elsewhere every line is one."""
    starts = [0]
    for m in re.finditer(r"\n", text):
        i = m.end()
        if i >= len(text):
            break
        if corpus == "reuters21578":
            if text[i] in " \t\n" or text[m.start() - 1:m.start()] == "\n":
                starts.append(i)
        else:
            starts.append(i)
    return starts


def quoted_spans(text: str, corpus: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraphs) of every quoted span, inside the marks, in characters. Marks pair up within
    a paragraph; a quote left open at a paragraph's end continues when the next paragraph opens with a
    mark (the news convention for a quotation running over several paragraphs)."""
    starts = paragraph_breaks(text, corpus) + [len(text)]
    paras = [(starts[k], starts[k + 1]) for k in range(len(starts) - 1)]
    spans: list[tuple[int, int, int]] = []
    open_at: int | None = None
    npar = 0
    paras = [(a, b) for a, b in paras if text[a:b].strip()]  # blank lines separate, they are not paragraphs
    for k, (a, b) in enumerate(paras):
        seg = text[a:b]
        marks = [a + m.start() for m in re.finditer(r'["\u201c\u201d]', seg)]
        j = 0
        if open_at is not None:
            lead = seg.lstrip()
            if lead[:1] in OPEN and marks:
                npar += 1
                j = 1  # the reopening mark
            else:
                # never closed and not continued: the quote ends with its paragraph
                end = paras[k - 1][1]
                spans.append((open_at, end_trim(text, open_at, end), npar))
                open_at = None
        while j < len(marks):
            c = marks[j]
            if open_at is None:
                if text[c] == "\u201d":  # a stray closing curly mark
                    j += 1
                    continue
                open_at, npar = c + 1, 1
            else:
                if text[c] == "\u201c":  # a curly opening inside an open quote: restart there
                    open_at = c + 1
                    j += 1
                    continue
                spans.append((open_at, c, npar))
                open_at = None
            j += 1
    if open_at is not None:
        spans.append((open_at, end_trim(text, open_at, len(text)), npar))
    return spans


def end_trim(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1] in " \t\r\n":
        b -= 1
    return b


def byte_range(text: str, a: int, b: int) -> tuple[int, int]:
    return len(text[:a].encode("utf-8")), len(text[:b].encode("utf-8"))


def first_words(s: str, n: int = 4) -> str:
    return " ".join(s.split()[:n])


# ------------------------------------------------------------------ commands

def cmd_select(args: argparse.Namespace) -> None:
    cands = []
    for f in sorted(glob.glob(os.path.join(CORPORA, args.corpus, "*.txt"))):
        b = body_of(f)
        w = len(b.split())
        q = sum(b.count(c) for c in '"\u201c\u201d')
        if args.min_words <= w <= args.max_words and q >= args.min_quote_marks:
            cands.append(os.path.basename(f)[:-4])
    chosen = sorted(random.Random(args.seed).sample(cands, args.count))
    os.makedirs(os.path.join(BLIND, args.set), exist_ok=True)
    with open(os.path.join(BLIND, args.set, "documents.txt"), "w") as f:
        f.write(f"# {args.count} of {len(cands)} articles of {args.corpus} with {args.min_words}-{args.max_words} words "
                f"and at least {args.min_quote_marks} quotation marks, random.Random({args.seed}).sample, sorted.\n")
        f.write(f"corpus {args.corpus}\n")
        for d in chosen:
            f.write(d + "\n")
    print(f"{args.set}: {len(chosen)} of {len(cands)}")


CAP = re.compile(r"\b[A-Z][A-Za-z&'.\-]*(?:\s+(?:of|the|and|for|de|van|von|al|bin)?\s*[A-Z][A-Za-z&'.\-]*)*")


def cmd_worksheet(args: argparse.Namespace) -> None:
    corpus, docs = read_set(args.set)
    names = collections.Counter()
    for d in docs:
        p = doc_path(corpus, d)
        t = body_of(p)
        print(f"\n=================== {d}  {front(p).get('title', '')}  {front(p).get('date', '')}")
        out, last = [], 0
        for n, (a, b, np_) in enumerate(quoted_spans(t, corpus), 1):
            out.append(t[last:a])
            out.append(f"[Q{n}{'' if np_ == 1 else f' ({np_} paragraphs)'}:")
            out.append(t[a:b])
            out.append("]")
            last = b
        out.append(t[last:])
        print("".join(out))
        for m in CAP.finditer(t):
            names[m.group(0).strip(" .")] += 1
    print("\n=================== capitalised sequences (candidates only)")
    for k, v in sorted(names.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v}\t{k}")


def parse_names(path: str) -> list[dict]:
    out, seen = [], {}
    for ln, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 2 or cols[1] not in TYPES:
            sys.exit(f"{path}:{ln}: want 'name<TAB>type<TAB>aliases', type one of {sorted(TYPES)}")
        forms = [cols[0]] + [a.strip() for a in (cols[2].split("|") if len(cols) > 2 else []) if a.strip()]
        for f_ in forms:
            if f_ in seen:
                sys.exit(f"{path}:{ln}: surface form {f_!r} already listed at line {seen[f_]}")
            seen[f_] = ln
        out.append({"name": cols[0], "type": cols[1], "forms": forms})
    return out


def occurrences(text: str, names: list[dict], doc: str = "",
                skip: list[tuple[int, int]] = ()) -> dict[str, list[tuple[int, int]]]:
    """Every surface form, longest first, at word boundaries; a shorter form inside a longer one already
    taken is not counted again. A possessive 's after a form is not part of it. A form written FORM@DOC
    counts only in that document (a bare surname that means someone else elsewhere). Occurrences inside
    the `skip` ranges (titles and other non-speech quoted spans) are not mentions of the name."""
    forms = []
    for n in names:
        for f_ in n["forms"]:
            form, _, only = f_.partition("@")
            if not only or only == doc:
                forms.append((form, n["name"]))
    forms.sort(key=lambda x: (-len(x[0]), x[0]))
    taken = [False] * len(text)
    out: dict[str, list[tuple[int, int]]] = collections.defaultdict(list)
    for form, name in forms:
        # a name may be hard-wrapped: any run of white space matches one space
        body = r"\s+".join(re.escape(w) for w in form.split(" "))
        pat = re.compile(r"(?<![A-Za-z0-9])" + body + r"(?![A-Za-z0-9])")
        for m in pat.finditer(text):
            a, b = m.span()
            if any(taken[a:b]):
                continue
            for i in range(a, b):
                taken[i] = True
            if not any(x <= a and b <= y for x, y in skip):
                out[name].append((a, b))
    return out


def cmd_compile(args: argparse.Namespace) -> None:
    folder = os.path.join(BLIND, args.set)
    corpus, docs = read_set(args.set)
    names = parse_names(os.path.join(folder, "names.tsv"))
    by_name = {n["name"]: n for n in names}
    texts = {d: body_of(doc_path(corpus, d)) for d in docs}
    spans = {d: quoted_spans(texts[d], corpus) for d in docs}
    # quotes.tsv
    given: dict[tuple[str, int], tuple[str, str | None]] = {}
    ends: dict[tuple[str, int], str] = {}
    added: dict[str, list[tuple[str, str, str, str | None, int]]] = {}
    for ln, line in enumerate(open(os.path.join(folder, "quotes.tsv"), encoding="utf-8"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) not in (4, 5) or cols[2] not in ("speech", "other", "drop"):
            sys.exit(f"quotes.tsv:{ln}: want 'doc<TAB>n<TAB>speech|other|drop<TAB>speaker|-[<TAB>end=WORDS]'")
        if cols[1] == "+":
            # a quotation whose marks the span finder cannot see (single quotes, a missing mark)
            if len(cols) != 5 or not cols[4].startswith("start=") or "|end=" not in cols[4] or cols[2] == "drop":
                sys.exit(f"quotes.tsv:{ln}: an added span is 'doc<TAB>+<TAB>kind<TAB>speaker<TAB>start=WORDS|end=WORDS'")
            st, en = cols[4][6:].split("|end=")
            added.setdefault(cols[0], []).append((st, en, cols[2], None if cols[3] == "-" else cols[3], ln))
            continue
        d, n, kind, sp = cols[0], int(cols[1]), cols[2], cols[3]
        if len(cols) == 5:
            if not cols[4].startswith("end="):
                sys.exit(f"quotes.tsv:{ln}: the fifth column is end=WORDS")
            ends[(d, n)] = cols[4][4:]
        if d not in spans or not 1 <= n <= len(spans[d]):
            sys.exit(f"quotes.tsv:{ln}: no span {n} in {d}")
        if (d, n) in given:
            sys.exit(f"quotes.tsv:{ln}: {d} span {n} given twice")
        speaker = None if sp == "-" else sp
        if speaker is not None and speaker not in by_name:
            sys.exit(f"quotes.tsv:{ln}: speaker {speaker!r} is not a canonical name in names.tsv")
        if speaker is not None and by_name[speaker]["type"] not in ("person", "organization", "group"):
            sys.exit(f"quotes.tsv:{ln}: speaker {speaker!r} is a {by_name[speaker]['type']}")
        given[(d, n)] = (kind, speaker)
    missing = [(d, n) for d in docs for n in range(1, len(spans[d]) + 1) if (d, n) not in given]
    if missing:
        sys.exit(f"quotes.tsv: spans without a decision: {missing[:20]}{' …' if len(missing) > 20 else ''}")
    # occurrences
    occ_total = collections.Counter()
    gold_docs = []
    for d in docs:
        t = texts[d]
        skip = [(a, b) for k, (a, b, _) in enumerate(spans[d], 1) if given[(d, k)][0] == "other"]
        occ = occurrences(t, names, d, skip)
        ents = []
        for n in names:
            if n["name"] in occ:
                rs = [list(byte_range(t, a, b)) for a, b in occ[n["name"]]]
                occ_total[n["name"]] += len(rs)
                ents.append({"name": n["name"], "occurrences": rs})
        qs = []
        for k, (a, b, np_) in enumerate(spans[d], 1):
            kind, sp = given[(d, k)]
            if kind == "drop":  # a stray mark: not a quotation (the one it belongs to is corrected by end=)
                continue
            if (d, k) in ends:
                # the marks are wrong in the source: the quotation ends after these words
                pat = r"\s+".join(re.escape(w) for w in ends[(d, k)].split(" "))
                m = re.compile(pat).search(t, a)
                if not m:
                    sys.exit(f"quotes.tsv: end={ends[(d, k)]!r} not found after span {k} of {d}")
                b = m.end()
                np_ = 1 + sum(1 for p in paragraph_breaks(t, corpus) if a < p < b)
            ba, bb = byte_range(t, a, b)
            qs.append({"n": k, "range": [ba, bb], "opens": first_words(t[a:b]), "paragraphs": np_,
                       "kind": kind, "speaker": sp})
        for k, (st, en, kind, sp, ln) in enumerate(added.get(d, []), 1):
            ms = re.compile(r"\s+".join(re.escape(w) for w in st.split(" "))).search(t)
            me = ms and re.compile(r"\s+".join(re.escape(w) for w in en.split(" "))).search(t, ms.start())
            if not ms or not me:
                sys.exit(f"quotes.tsv:{ln}: added span not found in {d}")
            if sp is not None and sp not in by_name:
                sys.exit(f"quotes.tsv:{ln}: speaker {sp!r} is not a canonical name in names.tsv")
            a, b = ms.start(), me.end()
            ba, bb = byte_range(t, a, b)
            np_ = 1 + sum(1 for p in paragraph_breaks(t, corpus) if a < p < b)
            qs.append({"n": f"+{k}", "range": [ba, bb], "opens": first_words(t[a:b]), "paragraphs": np_,
                       "kind": kind, "speaker": sp})
            given[(d, f"+{k}")] = (kind, sp)
        qs.sort(key=lambda q: q["range"][0])
        gold_docs.append({"id": d, "bytes": len(t.encode("utf-8")), "names": ents, "quotes": qs})
    unused = [n["name"] for n in names if occ_total[n["name"]] == 0]
    if unused:
        sys.exit(f"names.tsv: never found in the texts: {unused}")
    gold = {
        "about": open(os.path.join(folder, "ABOUT.txt"), encoding="utf-8").read().strip(),
        "corpus": corpus,
        "names": [{"name": n["name"], "type": n["type"], "forms": n["forms"], "mentions": occ_total[n["name"]]}
                  for n in sorted(names, key=lambda n: (-occ_total[n["name"]], n["name"]))],
        "documents": gold_docs,
    }
    with open(os.path.join(folder, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")
    nq = sum(1 for v in given.values() if v[0] == "speech")
    no = sum(1 for v in given.values() if v[0] == "other")
    nn = sum(1 for v in given.values() if v[0] == "speech" and v[1] is None)
    print(f"{args.set}: {len(docs)} documents, {len(names)} names "
          f"({sum(occ_total.values())} occurrences), {nq} speech quotes ({nn} without a speaker), "
          f"{no} other quoted spans")


def cmd_texts(args: argparse.Namespace) -> None:
    corpus, docs = read_set(args.set)
    os.makedirs(args.outdir, exist_ok=True)
    for d in docs:
        with open(doc_path(corpus, d), "rb") as src, open(os.path.join(args.outdir, d + ".txt"), "wb") as dst:
            dst.write(src.read())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("select")
    s.add_argument("set")
    s.add_argument("--corpus", required=True)
    s.add_argument("--count", type=int, required=True)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--min-words", type=int, default=150)
    s.add_argument("--max-words", type=int, default=700)
    s.add_argument("--min-quote-marks", type=int, default=6)
    for name in ("worksheet", "compile"):
        p = sub.add_parser(name)
        p.add_argument("set")
    t = sub.add_parser("texts")
    t.add_argument("set")
    t.add_argument("outdir")
    args = ap.parse_args()
    {"select": cmd_select, "worksheet": cmd_worksheet, "compile": cmd_compile, "texts": cmd_texts}[args.cmd](args)


if __name__ == "__main__":
    main()
