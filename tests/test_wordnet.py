"""The WordNet reader on hand-written database lines, and the shipped supersense table."""
import gzip

import pytest

from timeline.events import wordnet, wordnet_build

LICENCE = "  1 This software and database is being provided to you\n  2 by Princeton University.\n"
LEXNAMES = "03\tnoun.Tops\t1\n04\tnoun.act\t1\n11\tnoun.event\t1\n26\tnoun.state\t1\n32\tverb.communication\t2\n"
# offsets are made up; the layout is the database's: lemma pos synset_cnt p_cnt [ptrs] sense_cnt
# tagsense_cnt offsets
INDEX_NOUN = LICENCE + (
    "entity n 1 1 ~ 1 1 00000001  \n"
    "event n 1 2 @ ~ 1 1 00000002  \n"
    "fight n 2 3 @ ~ + 2 1 00000004 00000003  \n"
    "bar_fight n 1 1 @ 1 0 00000005  \n"
)
# offset lex_filenum ss_type w_cnt(hex) word lex_id ... p_cnt [symbol offset pos src/tgt] ... | gloss
DATA_NOUN = LICENCE + (
    "00000001 03 n 01 entity 0 001 ~ 00000002 n 0000 | that which exists\n"
    "00000002 11 n 01 event 0 002 @ 00000001 n 0000 ~ 00000004 n 0000 | something that happens\n"
    "00000003 26 n 02 fight 0 conflict 0 001 @ 00000001 n 0000 | a state of opposition\n"
    "00000004 04 n 01 Fight 0 002 @ 00000002 n 0000 + 00000010 v 0101 | the act of fighting\n"
    "00000005 04 n 01 bar_fight 0 001 @ 00000004 n 0000 | a fight in a bar\n"
)
INDEX_VERB = LICENCE + "say v 1 1 @ 1 1 00000010  \n"
DATA_VERB = LICENCE + "00000010 32 v 01 say 0 000 | express in words\n"
EMPTY = LICENCE


def sample_files() -> dict[str, str]:
    files = {"lexnames": LEXNAMES, "index.noun": INDEX_NOUN, "data.noun": DATA_NOUN,
             "index.verb": INDEX_VERB, "data.verb": DATA_VERB}
    for name in ("adj", "adv"):
        files["index." + name] = files["data." + name] = EMPTY
    return files


def test_index_keeps_the_sense_order_and_skips_the_licence():
    index = wordnet_build.read_index(INDEX_NOUN)
    assert index["fight"] == ["00000004", "00000003"]
    assert "1" not in index and "This" not in index


def test_data_reads_lexfile_head_word_and_hypernyms_only():
    data = wordnet_build.read_data(DATA_NOUN)
    assert data["00000004"] == wordnet_build.Synset(4, "fight", ("00000002",))  # '+' pointer ignored
    assert data["00000003"].head_word == "fight"


def test_hypernym_chain_runs_from_the_root():
    data = wordnet_build.read_data(DATA_NOUN)
    assert wordnet_build.hypernym_chain("00000005", data) == ["entity", "event", "fight", "bar_fight"]


def test_rows_skip_multiword_lemmas_and_name_the_supersenses():
    rows = {(lemma, pos): (senses, chain) for lemma, pos, senses, chain in wordnet_build.table_rows(sample_files())}
    assert ("bar_fight", "n") not in rows
    assert rows["fight", "n"] == (["noun.act", "noun.state"], "entity>event>fight")
    assert rows["say", "v"] == (["verb.communication"], "")


def test_build_and_lookup_round_trip(tmp_path, monkeypatch):
    source = tmp_path / "dict"
    source.mkdir()
    for name, text in sample_files().items():
        (source / name).write_text(text, encoding="utf-8")
    out = tmp_path / "table.tsv.gz"
    assert wordnet_build.build(source, out) == 4
    assert gzip.open(out, "rt").read().splitlines()[:2] == ["entity\tn\tTops\tentity", "event\tn\tevent\tentity>event"]
    table = wordnet.load_table.__wrapped__(out)
    monkeypatch.setattr(wordnet, "load_table", lambda: table)
    assert wordnet.supersenses("fight", "n") == ["act", "state"]
    assert wordnet.hypernyms("fight") == ["entity", "event", "fight"]
    assert wordnet.supersenses("fight", "v") == []


def test_lookups_are_empty_without_a_table(tmp_path):
    assert wordnet.load_table.__wrapped__(tmp_path / "missing.tsv.gz") == []


@pytest.mark.parametrize("lemma,pos,first", [
    ("say", "v", "communication"), ("believe", "v", "cognition"), ("war", "n", "act"),
    ("attack", "v", "competition"), ("crisis", "n", "state"), ("earthquake", "n", "event"),
])
def test_shipped_table_knows_common_words(lemma, pos, first):
    assert wordnet.supersenses(lemma, pos)[0] == first


def test_shipped_table_has_noun_hypernyms():
    assert wordnet.hypernyms("war")[:4] == ["entity", "abstraction", "psychological_feature", "event"]
