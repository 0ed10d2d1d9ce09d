#!/usr/bin/env python3
"""Recreate the development and benchmark news corpora as folders of .txt files.

The texts come from public GitHub repositories that were fetched as bare git snapshots
(the search tool's `fetch github:OWNER/NAME`, which lands them under /work/.mirror/OWNER+NAME/).
They are read with `git show`, never from a work tree, and written one article per file:

    ---
    title: ...
    date: YYYY-MM-DD          (only where the source has one)
    source: ...               (where in the source repository the article came from)
    ---
    body

Nothing fetched is committed to the Dossier repository; this script, the provenance it records
(OUT/NAME.provenance.json and OUT/README.md) and the gold written by hand are.

Corpora:
  reuters21578  Reuters-21578 Distribution 1.0, all 21,578 stories, from the SGML files of
                github:mihaibogdan10/json-reuters-21578 (sgm-data/reut2-000..021.sgm). The body keeps
                the wire layout exactly: hard-wrapped lines, paragraph indents, the dateline, the
                "Reuter" sign-off. Only SGML entities are decoded and control characters dropped.
  fnc1          The article bodies of the Fake News Challenge FNC-1 stance data set, from
                github:FakeNewsChallenge/fnc-1 (train_bodies.csv, competition_test_bodies.csv):
                2,587 English news bodies of 2014-2015 from many outlets, paragraphs kept.

Usage: scripts/fetch-corpora.py [--mirror /work/.mirror] [--out /work/corpora] [--only NAME]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import html
import io
import json
import os
import re
import subprocess
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def git_dir(mirror: str, repo: str) -> str:
    base = os.path.join(mirror, repo.replace("/", "+"), "repo")
    for cand in (os.path.join(base, ".git"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    sys.exit(f"fetch-corpora: no git snapshot of {repo} under {mirror} "
             f"(fetch it first: the search tool's fetch github:{repo})")


def git_show(gdir: str, path: str) -> bytes:
    return subprocess.run(["git", "--git-dir", gdir, "show", f"HEAD:{path}"],
                          check=True, capture_output=True).stdout


def git_head(gdir: str) -> str:
    return subprocess.run(["git", "--git-dir", gdir, "rev-parse", "HEAD"],
                          check=True, capture_output=True, text=True).stdout.strip()


def clean_front(value: str) -> str:
    """One line, no characters that would break the simple front-matter reader."""
    return " ".join(value.split()).replace('"', "'")


def write_doc(path: str, title: str, date: str | None, source: str, body: str) -> int:
    lines = ["---"]
    if title:
        lines.append(f"title: {clean_front(title)}")
    if date:
        lines.append(f"date: {date}")
    lines.append(f"source: {source}")
    lines.append("---")
    data = ("\n".join(lines) + "\n" + body.rstrip() + "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


# ---------------------------------------------------------------- Reuters-21578

ENTITY = re.compile(r"&#(\d+);")


def decode_sgml(text: str) -> str:
    """SGML character entities: numeric ones below 32 (wire control codes) are dropped except tab and
    newline; &lt; &gt; &amp; and the rest are decoded."""
    def numeric(m: re.Match[str]) -> str:
        n = int(m.group(1))
        if n in (9, 10):
            return chr(n)
        return "" if n < 32 or n == 127 else chr(n)
    return html.unescape(ENTITY.sub(numeric, text))


def field(block: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
    return m.group(1) if m else None


def reuters_date(raw: str | None) -> str | None:
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", raw or "")
    if not m or m.group(2) not in MONTHS:
        return None
    return f"{int(m.group(3)):04d}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"


def reuters_story(block: str) -> tuple[str, str, str]:
    """(title, body, text type) of one <REUTERS> element; the body keeps the source layout."""
    text = field(block, "TEXT") or ""
    m = re.search(r"<TEXT([^>]*)>", block)
    ttype = re.search(r'TYPE="(\w+)"', m.group(1)).group(1) if m and "TYPE=" in m.group(1) else "NORM"
    title = decode_sgml(field(text, "TITLE") or "").strip()
    dateline = field(text, "DATELINE")
    body = field(text, "BODY")
    if body is None:
        # BRIEF stories have only a title; UNPROC ones carry raw text straight inside <TEXT>.
        rest = re.sub(r"<TITLE>.*?</TITLE>|<DATELINE>.*?</DATELINE>|<AUTHOR>.*?</AUTHOR>", "", text, flags=re.S)
        body = rest
    author = field(text, "AUTHOR")
    parts = []
    if author:
        parts.append(decode_sgml(author).rstrip())
    lead = decode_sgml(dateline) if dateline else ""
    parts.append(lead + decode_sgml(body))
    out = "\n".join(p for p in parts if p.strip()).strip("\n")
    if not out.strip():
        out = title
    return title, out, ttype


def build_reuters(mirror: str, out: str) -> dict:
    repo = "mihaibogdan10/json-reuters-21578"
    gdir = git_dir(mirror, repo)
    dest = os.path.join(out, "reuters21578")
    os.makedirs(dest, exist_ok=True)
    count, size = 0, 0
    types: dict[str, int] = {}
    for k in range(22):
        name = f"sgm-data/reut2-{k:03d}.sgm"
        raw = git_show(gdir, name).decode("latin-1")
        for block in re.findall(r"<REUTERS[^>]*>.*?</REUTERS>", raw, re.S):
            newid = int(re.search(r'NEWID="(\d+)"', block).group(1))
            title, body, ttype = reuters_story(block)
            types[ttype] = types.get(ttype, 0) + 1
            date = reuters_date(field(block, "DATE"))
            path = os.path.join(dest, f"reut-{newid:05d}.txt")
            size += write_doc(path, title, date, f"{name} NEWID={newid}", body)
            count += 1
    return {"name": "reuters21578", "repo": repo, "commit": git_head(gdir), "files": count, "bytes": size,
            "paths": "sgm-data/reut2-000.sgm .. reut2-021.sgm",
            "licence": "Reuters-21578 Distribution 1.0: copyright Reuters Ltd.; Reuters and Carnegie Group "
                       "allow free distribution for research purposes only (README of the collection). "
                       "Repository code: MIT.",
            "notes": "TEXT types: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())) +
                     ". Body layout as in the SGML: hard-wrapped lines, indents, dateline, 'Reuter' sign-off."}


# ---------------------------------------------------------------- FNC-1 bodies

def build_fnc1(mirror: str, out: str) -> dict:
    repo = "FakeNewsChallenge/fnc-1"
    gdir = git_dir(mirror, repo)
    dest = os.path.join(out, "fnc1")
    os.makedirs(dest, exist_ok=True)
    count, size, seen = 0, 0, set()
    for split, path in (("train", "train_bodies.csv"), ("test", "competition_test_bodies.csv")):
        text = git_show(gdir, path).decode("utf-8", errors="replace")
        for row in csv.DictReader(io.StringIO(text)):
            body = row["articleBody"].replace("\r\n", "\n").strip()
            digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
            if not body or digest in seen:
                continue
            seen.add(digest)
            bid = int(row["Body ID"])
            fname = os.path.join(dest, f"fnc1-{split}-{bid:04d}.txt")
            size += write_doc(fname, "", None, f"{path} Body ID={bid}", body)
            count += 1
    return {"name": "fnc1", "repo": repo, "commit": git_head(gdir), "files": count, "bytes": size,
            "paths": "train_bodies.csv, competition_test_bodies.csv",
            "licence": "No licence file in the repository; the FNC-1 data (bodies from the Emergent data set "
                       "of Craig Silverman, 2014-2015 news) is distributed for research on stance detection. "
                       "Not redistributed here.",
            "notes": "Article bodies only (no titles or dates in the source); exact duplicate bodies dropped."}


BUILDERS = {"reuters21578": build_reuters, "fnc1": build_fnc1}


def write_readme(out: str, infos: list[dict]) -> None:
    lines = ["# /work/corpora", "",
             "Real English news for developing and benchmarking Dossier, recreated by "
             "`scripts/fetch-corpora.py` in the Dossier repository from fetched git snapshots. "
             "One article per `.txt` file (front matter: title, date where known, source). "
             "Not committed anywhere; the BBC News 2004-05 data set (Greene & Cunningham) is not used.", "",
             "| corpus | source repository (commit) | files in source | files | bytes | licence |",
             "|---|---|---|---:|---:|---|"]
    for i in infos:
        lines.append(f"| {i['name']} | github:{i['repo']} ({i['commit'][:12]}) | {i['paths']} | {i['files']} | "
                     f"{i['bytes']} | {i['licence']} |")
    lines.append("")
    for i in infos:
        lines.append(f"- **{i['name']}**: {i['notes']}")
    lines += ["", "Held out: the articles listed in the Dossier repository's `Tests/Fixtures/blind/*/documents.txt` "
              "(45 of reuters21578, 45 of fnc1) are the blind gold sets of issue 10. Develop on the rest; do not tune "
              "extraction on those articles or on their failure lists."]
    with open(os.path.join(out, "README.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mirror", default="/work/.mirror")
    ap.add_argument("--out", default="/work/corpora")
    ap.add_argument("--only", choices=sorted(BUILDERS))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    names = [args.only] if args.only else list(BUILDERS)
    infos = []
    for name in names:
        info = BUILDERS[name](args.mirror, args.out)
        # Beside the folder, not in it: a file inside would be loaded as a document.
        with open(os.path.join(args.out, f"{name}.provenance.json"), "w") as f:
            json.dump(info, f, indent=1, sort_keys=True)
            f.write("\n")
        print(f"{name}: {info['files']} files, {info['bytes']} bytes")
        infos.append(info)
    if not args.only:
        write_readme(args.out, infos)


if __name__ == "__main__":
    main()
