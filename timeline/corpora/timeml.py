"""Read TimeML files: the <TEXT> content as plain text, the DCT, and the gold annotations.

Offsets of gold tags are character offsets into the unescaped <TEXT> content, the same text
the engine is run on, so a system tag and a gold tag compare by offsets alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError


@dataclass(frozen=True)
class Tag:
    """One inline annotation (TIMEX3, EVENT, SIGNAL) of the <TEXT> content."""

    name: str
    start: int
    end: int
    text: str
    attrs: dict[str, str]


@dataclass
class TimeMLDocument:
    docid: str
    text: str  # the unescaped <TEXT> content
    dct: str  # the DCT TIMEX3 value, e.g. 1998-01-08
    tags: list[Tag] = field(default_factory=list)
    # MAKEINSTANCE and TLINK elements after </TEXT>, as attribute dicts
    instances: list[dict[str, str]] = field(default_factory=list)
    tlinks: list[dict[str, str]] = field(default_factory=list)
    path: Path | None = None

    @property
    def timexes(self) -> list[Tag]:
        return [t for t in self.tags if t.name == "TIMEX3"]

    @property
    def events(self) -> list[Tag]:
        return [t for t in self.tags if t.name == "EVENT"]


def _walk(element, parts: list[str], tags: list[Tag], offset: int) -> int:
    """Append element's text content to parts, recording inline tags; returns the new offset."""
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        start = offset
        offset = _walk(child, parts, tags, offset)
        name = child.tag if isinstance(child.tag, str) else ""
        if name:
            text = "".join(parts)[start:offset] if offset - start < 2000 else ""
            tags.append(Tag(name, start, offset, text, dict(child.attrib)))
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    return offset


def parse_timeml(source: str | bytes, path: Path | None = None) -> TimeMLDocument:
    """Parse TimeML markup; raises InputError on malformed XML or a missing <TEXT>."""
    from lxml import etree

    if isinstance(source, str):
        source = source.encode("utf-8")
    try:
        root = etree.fromstring(source, parser=etree.XMLParser(resolve_entities=False, huge_tree=True))
    except etree.XMLSyntaxError as exc:
        raise InputError(f"malformed TimeML: {exc}") from None
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise InputError("TimeML has no <TEXT> element")
    parts: list[str] = []
    tags: list[Tag] = []
    _walk(text_el, parts, tags, 0)
    text = "".join(parts)
    tags = [Tag(t.name, t.start, t.end, text[t.start:t.end], t.attrs) for t in tags]
    tags.sort(key=lambda t: (t.start, -t.end))
    docid_el = root.find(".//DOCID")
    docid = (docid_el.text or "").strip() if docid_el is not None else ""
    dct = ""
    dct_timex = root.find(".//DCT/TIMEX3")
    if dct_timex is not None:
        dct = dct_timex.get("value", "")
    instances = [dict(el.attrib) for el in root.iter("MAKEINSTANCE")]
    tlinks = [dict(el.attrib) for el in root.iter("TLINK")]
    if not docid and path is not None:
        docid = path.stem
    return TimeMLDocument(docid, text, dct, tags, instances, tlinks, path)


def read_timeml(path: str | Path) -> TimeMLDocument:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    try:
        return parse_timeml(data, path)
    except InputError as exc:  # name the file: 'timeline eval' of a folder had not said which
        raise InputError(f"{path}: {exc}") from None


def read_corpus(folder: str | Path) -> list[TimeMLDocument]:
    """Every .tml file of a folder, sorted by name."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"not a folder: {folder}")
    return [read_timeml(p) for p in sorted(folder.glob("*.tml"))]
