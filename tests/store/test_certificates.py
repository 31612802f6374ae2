"""Certificate codes: genuine ones verify, forged and edited ones do not; the PDF is valid."""

import re
from datetime import date

import pytest

from fromzero.store.certificates import (
    CertificateFacts,
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


def test_the_pdf_is_a_one_page_pdf_with_a_correct_cross_reference_table():
    pdf = certificate_pdf(FACTS, make_code(SECRET, FACTS), "http://x/verify/c")
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"(Ada Lovelace)" in pdf and b"/Count 1" in pdf
    start = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[start:].startswith(b"xref\n0 7\n")
    offsets = re.findall(rb"(\d{10}) 00000 n \n", pdf[start:])
    for number, offset in enumerate(offsets, start=1):
        assert pdf[int(offset):].startswith(b"%d 0 obj" % number)
    length = int(re.search(rb"/Length (\d+)", pdf).group(1))
    stream = pdf.split(b"stream\n", 1)[1]
    assert stream[length:].startswith(b"\nendstream")


def test_names_with_pdf_syntax_are_escaped_and_html_is_escaped():
    facts = CertificateFacts(1, 1, "A (b) \\ <i>c</i>", date(2026, 1, 2))
    assert b"(A \\(b\\) \\\\ <i>c</i>)" in certificate_pdf(facts, "FZ-1", "u")
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
