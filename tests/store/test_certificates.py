"""Certificate codes: genuine ones verify, forged and edited ones do not; the PDF is valid."""

import re
import zlib
from datetime import date

import pytest

from fromzero.store.certificates import (
    CertificateFacts,
    _certificate_figure,
    certificate_html,
    certificate_pdf,
    code_id,
    code_matches,
    make_code,
)

SECRET = b"k" * 64
FACTS = CertificateFacts(12, 7, "Ada Lovelace", date(2026, 11, 27))


def test_a_code_names_its_certificate_and_matches_its_facts():
    code = make_code(SECRET, FACTS)
    assert re.fullmatch(r"FZ-12-[A-Z2-7]{4}(-[A-Z2-7]{4}){3}", code)
    assert code_id(code) == 12 and code_matches(SECRET, code, FACTS)


def test_typing_it_in_lower_case_with_spaces_still_matches():
    code = make_code(SECRET, FACTS)
    assert code_matches(SECRET, " " + code.lower().replace("-", "- ", 1), FACTS)


@pytest.mark.parametrize("change", [
    lambda f: CertificateFacts(f.id, f.user_id, "Ada Lovelace Jr", f.issued_on),
    lambda f: CertificateFacts(f.id, f.user_id, f.name, date(2026, 11, 28)),
    lambda f: CertificateFacts(f.id, 8, f.name, f.issued_on),
])
def test_a_changed_name_date_or_owner_breaks_the_code(change):
    assert not code_matches(SECRET, make_code(SECRET, FACTS), change(FACTS))


def test_every_single_character_edit_is_caught():
    code = make_code(SECRET, FACTS)
    for i, ch in enumerate(code):
        if ch in "-":
            continue
        other = "B" if ch != "B" else "C"
        edited = code[:i] + other + code[i + 1:]
        if code_id(edited) == FACTS.id:
            assert not code_matches(SECRET, edited, FACTS)


def test_a_code_made_with_another_secret_is_rejected():
    assert not code_matches(SECRET, make_code(b"x" * 64, FACTS), FACTS)


@pytest.mark.parametrize("junk", ["", "FZ-", "FZ-12", "hello", "FZ-12-AAAA-AAAA-AAAA",
                                  "FZ-x-AAAA-AAAA-AAAA-AAAA", "FZ-12-AAAA-AAAA-AAAA-AAA1"])
def test_malformed_codes_have_no_id(junk):
    assert code_id(junk) is None


def _pdf_streams(pdf: bytes) -> list[bytes]:
    """Every stream of the file, inflated when it is compressed."""
    streams = []
    for match in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", pdf, re.DOTALL):
        raw = pdf[match.end():pdf.index(b"endstream", match.end())]
        if b"/FlateDecode" in match.group(1):
            raw = zlib.decompressobj().decompress(raw)  # ignores the line end after the data
        streams.append(raw)
    return streams


def _text_layer_letters(pdf: bytes) -> set[str]:
    """The letters the PDF's ToUnicode maps can give back (what search and copy see)."""
    letters = set()
    for stream in _pdf_streams(pdf):
        if b"/Adobe-Identity-UCS" not in stream:
            continue
        for hex_code in re.findall(rb"\[([^\]]*)\]", stream):
            for unit in re.findall(rb"<([0-9a-fA-F]+)>", hex_code):
                letters.add(bytes.fromhex(unit.decode()).decode("utf-16-be"))
        for _, target in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\n", stream):
            letters.add(bytes.fromhex(target.decode()).decode("utf-16-be"))
    return letters


def test_the_pdf_is_one_a4_landscape_page_and_the_same_facts_give_the_same_bytes():
    pdf = certificate_pdf(FACTS, make_code(SECRET, FACTS), "http://x/verify/c")
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"/Count 1" in pdf and re.search(rb"/MediaBox \[ ?0 0 842 595 ?\]", pdf)
    assert pdf == certificate_pdf(FACTS, make_code(SECRET, FACTS), "http://x/verify/c")
    other = CertificateFacts(12, 7, "Grace Hopper", FACTS.issued_on)
    assert pdf != certificate_pdf(other, make_code(SECRET, other), "http://x/verify/c")


@pytest.mark.parametrize("name", [
    "Ada Lovelace", "Łukasz Żółć", "Σωκράτης Παπαδόπουλος", "Дмитрий Менделеев",
    "Nguyễn Thị Minh Khai", "Zoë O'Brien-Ñúñez",
])
def test_names_in_latin_greek_and_cyrillic_scripts_print_as_written(name):
    facts = CertificateFacts(3, 4, name, FACTS.issued_on)
    letters = _text_layer_letters(certificate_pdf(facts, make_code(SECRET, facts), "u"))
    assert set(name) - {" "} <= letters, f"missing from the PDF: {set(name) - letters}"
    assert not {"?"} & letters  # the old WinAnsi encoding turned these letters into '?'


def test_a_letter_no_font_has_still_reaches_the_text_layer():
    facts = CertificateFacts(3, 4, "李小龍", FACTS.issued_on)
    assert set("李小龍") <= _text_layer_letters(certificate_pdf(facts, "FZ-3", "u"))


def test_a_long_name_is_shrunk_to_fit_inside_the_border():
    facts = CertificateFacts(5, 6, "W" * 100, FACTS.issued_on)
    figure = _certificate_figure(facts, "FZ-5", "http://127.0.0.1:8000/verify/FZ-5")
    name = next(t for t in figure.texts if t.get_text() == facts.name)
    box = name.get_window_extent()
    left, right = (x / figure.bbox.width for x in (box.x0, box.x1))
    assert 42 / 842 < left < right < 1 - 42 / 842  # inside the inner border line
    assert name.get_fontsize() < 26


def test_names_with_pdf_syntax_are_escaped_and_html_is_escaped():
    facts = CertificateFacts(1, 1, "A (b) \\ <i>c</i>", date(2026, 1, 2))
    assert set("A(b)\\<i>c</i>") <= _text_layer_letters(certificate_pdf(facts, "FZ-1", "u"))
    page = certificate_html(facts, "FZ-1", "u")
    assert "&lt;i&gt;c&lt;/i&gt;" in page and "<i>c</i>" not in page


def test_the_secret_is_made_once_private_and_kept(tmp_path):
    from fromzero.server.settings import Settings
    from fromzero.store.db import secret_key

    settings = Settings(data_dir=tmp_path / "data")
    first = secret_key(settings)
    assert len(first) == 64 and secret_key(settings) == first
    assert (tmp_path / "data" / "secret.key").stat().st_mode & 0o777 == 0o600
    assert secret_key(Settings(data_dir=tmp_path, secret_key="s" * 40)) == b"s" * 40


def test_a_damaged_secret_file_is_refused_with_what_to_do(tmp_path):
    from fromzero.server.settings import Settings
    from fromzero.store.db import secret_key

    (tmp_path / "secret.key").write_text("short")
    with pytest.raises(RuntimeError, match="Delete the file"):
        secret_key(Settings(data_dir=tmp_path))
