"""Reading inputs: every record comes out as an Article or a Skipped that says why."""

from __future__ import annotations

import io
import json

import pytest

from sayso.errors import InputError
from sayso.ingest import Skipped, read_inputs
from sayso.model import Article


def items(tmp_path, name: str, data: bytes | str):
    """Write a file and read it back through the ingest layer."""
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return list(read_inputs([str(p)]))


def test_txt_first_line_is_title_when_blank_line_follows(tmp_path):
    (art,) = items(tmp_path, "a1.txt", "Rebels seize town\n\nRebels seized the town on Monday.\n")
    assert isinstance(art, Article)
    assert art.id == "a1"
    assert art.title == "Rebels seize town"
    assert art.document == "Rebels seize town\n\nRebels seized the town on Monday."


def test_txt_without_blank_line_has_no_title(tmp_path):
    (art,) = items(tmp_path, "b.txt", "One line of news.\nA second line.\n")
    assert art.title is None
    assert art.text.startswith("One line")


def test_jsonl_broken_line_is_reported_with_its_number_and_the_rest_goes_on(tmp_path):
    good = json.dumps({"id": "x1", "text": "Troops crossed the border."})
    out = items(tmp_path, "c.jsonl", good + "\n{not json\n" + json.dumps({"id": "x2", "text": "Talks began."}))
    assert [type(i).__name__ for i in out] == ["Article", "Skipped", "Article"]
    assert "line 2" in out[1].reason and out[1].origin.endswith(":2")


def test_record_without_id_gets_a_stable_content_id(tmp_path):
    line = json.dumps({"text": "Police arrested ten protesters."})
    (a,) = items(tmp_path, "d.jsonl", line)
    (b,) = items(tmp_path, "e.jsonl", line)
    assert a.id == b.id and a.id.startswith("sha-")


def test_empty_text_and_non_object_records_are_skipped_with_reasons(tmp_path):
    out = items(tmp_path, "f.jsonl", '{"id": "e1", "text": "  "}\n[1, 2]\n{"id": "e3", "text": 5}\n')
    assert all(isinstance(i, Skipped) for i in out)
    assert out[0].reason == "empty text"
    assert "not an object" in out[1].reason
    assert "not a string" in out[2].reason


def test_empty_file_is_skipped(tmp_path):
    (s,) = items(tmp_path, "g.txt", "")
    assert isinstance(s, Skipped) and s.reason == "empty file"


def test_binary_file_is_skipped(tmp_path):
    (s,) = items(tmp_path, "h.txt", b"\x89PNG\x00\x00\x01\x02" * 10)
    assert isinstance(s, Skipped) and "binary" in s.reason


def test_non_utf8_bytes_are_replaced_not_fatal(tmp_path):
    (a,) = items(tmp_path, "i.txt", b"Caf\xe9 owners protested in Paris.\n")
    assert isinstance(a, Article)
    assert "\ufffd" in a.text


def test_unknown_extension_is_skipped(tmp_path):
    (s,) = items(tmp_path, "j.docx", "whatever")
    assert isinstance(s, Skipped) and "unknown file type" in s.reason


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="E101 input not found"):
        list(read_inputs([str(tmp_path / "nope.jsonl")]))


def test_csv_with_and_without_text_column(tmp_path):
    out = items(tmp_path, "k.csv", "id,title,text,date\nc1,T,\"Talks, at last.\",2020-01-02\nc2,T2,,\n")
    assert isinstance(out[0], Article) and out[0].date == "2020-01-02" and out[0].text == "Talks, at last."
    assert isinstance(out[1], Skipped) and out[1].reason == "empty text"
    (bad,) = items(tmp_path, "l.csv", "id,body2\n1,x\n")
    assert isinstance(bad, Skipped) and "no 'text' column" in bad.reason


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Second article body.")
    (tmp_path / "a.txt").write_text("First article body.")
    out = list(read_inputs([str(tmp_path)]))
    assert [i.id for i in out] == ["a", "b"]


def test_stdin_jsonl_is_sniffed():
    data = io.BytesIO(b'{"id": "s1", "text": "Ministers met in Rome."}\n')
    (a,) = list(read_inputs(["-"], stdin=data))
    assert a.id == "s1"


def test_huge_article_is_read_whole(tmp_path):
    body = ("The army shelled the village. " * 180_000)[:5_000_000]
    (a,) = items(tmp_path, "big.txt", body)
    assert len(a.text) > 4_900_000


def test_odd_unicode_survives(tmp_path):
    text = "«Мы договорились», — заявил министр. 🇺🇦 \u200b Zero‐width and RTL \u202e text."
    (a,) = items(tmp_path, "u.jsonl", json.dumps({"id": "u1", "text": text}, ensure_ascii=False))
    assert a.text == text


def test_bad_date_falls_back_to_default(tmp_path):
    line = json.dumps({"id": "d1", "text": "Talks.", "date": "yesterday"})
    p = tmp_path / "m.jsonl"
    p.write_text(line)
    (a,) = list(read_inputs([str(p)], default_date="2021-05-01"))
    assert a.date == "2021-05-01"


def test_html_page_gives_its_main_text_and_title(tmp_path):
    page = ("<html><head><title>Talks resume in Geneva</title></head><body><nav>Home | World</nav>"
            "<article><h1>Talks resume in Geneva</h1>"
            + "".join(f"<p>Paragraph {i}: delegations from both sides met again in Geneva on Monday, "
                      f"officials said, after a pause of several weeks in the negotiations.</p>" for i in range(6))
            + "</article><footer>Copyright</footer></body></html>")
    (art,) = items(tmp_path, "page.html", page)
    assert isinstance(art, Article) and art.id == "page"
    assert "delegations from both sides met again in Geneva" in art.text
    assert "Copyright" not in art.text


def test_html_without_article_text_is_skipped_with_a_reason(tmp_path):
    (s,) = items(tmp_path, "empty.html", "<html><head><title>x</title></head><body>\n</body></html>")
    assert isinstance(s, Skipped) and "no article text" in s.reason
