"""Any article extract takes gives an article record the site can read back: a record is bigger than its article
(each sentence with its anchor and paragraph), so it is read with a limit of its own, not an article's."""
from __future__ import annotations

import pytest

from builder.article import MAX_ARTICLE_BYTES, load_article
from builder.errors import TimelineError
from builder.records import load_records, write_record


def by_line(text: str):
    """A splitter as cheap as can be: one sentence per line, its line as its paragraph."""
    return ((i, line) for i, line in enumerate(text.splitlines(), 1) if line)


def article(folder, text: str):
    (folder / "big.txt").write_text(text, encoding="utf-8")
    (folder / "big.yml").write_text("title: Big\npublished: 2022-03-21\n", encoding="utf-8")
    return load_article(folder / "big.txt")


def test_the_record_of_an_article_near_the_article_limit_is_read_back(tmp_path):
    sentence = "Officials in the city said on Monday that five people were killed by the shelling.\n"
    big = article(tmp_path, sentence * int(MAX_ARTICLE_BYTES * 0.95 // len(sentence)))
    write_record(tmp_path / "timeline", big, by_line)
    assert (tmp_path / "timeline" / "articles" / "big.yml").stat().st_size > MAX_ARTICLE_BYTES
    records, problems = load_records(tmp_path / "timeline")
    assert problems == [] and len(records["big"].sentences) == big.text.count("\n")


def test_a_record_past_its_limit_is_refused_when_extracted_naming_the_article(in_tmp, monkeypatch):
    from builder.records import MAX_RECORD_BYTES

    monkeypatch.setattr("builder.records.MAX_RECORD_BYTES", 1000)
    small = article(in_tmp, "A short one.\n" * 40)
    with pytest.raises(TimelineError) as err:
        write_record(in_tmp / "timeline", small, by_line)
    assert str(err.value).startswith("big.txt: expected an article whose record (its 40 sentences, each with its "
                                     "anchor) fits in 0.001 MB, got ")
    assert not (in_tmp / "timeline" / "articles" / "big.yml").exists()
    assert MAX_RECORD_BYTES > MAX_ARTICLE_BYTES
