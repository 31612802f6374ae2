"""Certificate verification codes (HMAC-SHA256), and the printable HTML page and PDF.

A code names the certificate and carries a signature over everything printed on it:
`FZ-12-K7QF-2MZX-A9PD-W3LT` = certificate 12 + the first 80 bits of
HMAC-SHA256(server secret, "12|user id|name|date"). Change one character, or the name in the
database, and the signature no longer matches. Without the secret no one can make a code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import re
from dataclasses import dataclass
from datetime import date

_CODE = re.compile(r"^FZ-(\d{1,12})-([A-Z2-7]{4})-([A-Z2-7]{4})-([A-Z2-7]{4})-([A-Z2-7]{4})$")
COURSE_TITLE = "From Zero: artificial intelligence from the very first number"


@dataclass(frozen=True)
class CertificateFacts:
    id: int
    user_id: int
    name: str
    issued_on: date


def _signature(secret: bytes, facts: CertificateFacts) -> str:
    message = f"fromzero-certificate|v1|{facts.id}|{facts.user_id}|{facts.name}|" \
              f"{facts.issued_on.isoformat()}"
    digest = hmac.new(secret, message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")  # 80 bits -> 16 letters, no padding


def make_code(secret: bytes, facts: CertificateFacts) -> str:
    sig = _signature(secret, facts)
    return f"FZ-{facts.id}-" + "-".join(sig[i:i + 4] for i in range(0, 16, 4))


def normalise_code(code: str) -> str:
    """Forgive what people do when they type a code: spaces, lower case."""
    return re.sub(r"\s+", "", code).upper()


def code_id(code: str) -> int | None:
    """The certificate number inside a well-formed code, else None."""
    m = _CODE.match(normalise_code(code))
    return int(m.group(1)) if m else None


def code_matches(secret: bytes, code: str, facts: CertificateFacts) -> bool:
    """True only for the exact code the server would issue for these facts."""
    return hmac.compare_digest(normalise_code(code).encode(), make_code(secret, facts).encode())


def certificate_html(facts: CertificateFacts, code: str, verify_url: str) -> str:
    name = html.escape(facts.name)
    when = facts.issued_on.strftime("%d %B %Y")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Certificate for {name}</title>
<style>
  @page {{ size: A4 landscape; margin: 0; }}
  body {{ margin: 0; font-family: Georgia, serif; color: #1b1b1b; }}
  .sheet {{ box-sizing: border-box; width: 297mm; height: 210mm; padding: 22mm;
           border: 6mm double #31572c; text-align: center; }}
  h1 {{ font-size: 34pt; margin: 10mm 0 6mm; letter-spacing: 0.04em; }}
  .name {{ font-size: 28pt; font-weight: bold; margin: 8mm 0; }}
  .code {{ font-family: monospace; font-size: 13pt; }}
  .small {{ font-size: 10pt; color: #444; }}
  @media print {{ .noprint {{ display: none; }} }}
</style></head>
<body><div class="sheet">
  <h1>Certificate of completion</h1>
  <p>This certifies that</p>
  <p class="name">{name}</p>
  <p>completed every part of the course</p>
  <p><strong>{html.escape(COURSE_TITLE)}</strong></p>
  <p>on {when}.</p>
  <p class="small">Verification code</p>
  <p class="code">{html.escape(code)}</p>
  <p class="small">Check it at {html.escape(verify_url)}</p>
  <p class="noprint"><button onclick="window.print()">Print</button></p>
</div></body></html>
"""


def _pdf_text(text: str) -> bytes:
    """A PDF string literal in WinAnsi (the standard fonts' encoding). Letters outside it
    (most non-Latin scripts) become '?': the HTML page shows every name exactly."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _centred(text: str, size: float, y: float, font: str, page_width: float) -> bytes:
    # Helvetica's letters average about half an em; close enough to centre a line by eye.
    x = max(36.0, (page_width - len(text) * size * 0.5) / 2)
    return b"BT /%s %.1f Tf %.1f %.1f Td %s Tj ET\n" % (
        font.encode(), size, x, y, _pdf_text(text))


def certificate_pdf(facts: CertificateFacts, code: str, verify_url: str) -> bytes:
    """A one-page A4 landscape PDF, written by hand: PDF 1.4, the built-in Helvetica fonts,
    no images, so no library is needed and the file is about 2 KB."""
    width, height = 842.0, 595.0
    lines = [
        ("Certificate of completion", 30, 450, "F2"),
        ("This certifies that", 14, 400, "F1"),
        (facts.name, 26, 355, "F2"),
        ("completed every part of the course", 14, 310, "F1"),
        (COURSE_TITLE, 14, 285, "F2"),
        (f"on {facts.issued_on.strftime('%d %B %Y')}.", 14, 260, "F1"),
        ("Verification code", 10, 190, "F1"),
        (code, 14, 170, "F2"),
        (f"Check it at {verify_url}", 10, 150, "F1"),
    ]
    content = b"0.19 0.34 0.17 RG 6 w 30 30 782 535 re S 1 w 42 42 758 511 re S\n"
    content += b"0 0 0 rg\n" + b"".join(_centred(t, s, y, f, width) for t, s, y, f in lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 6 0 R "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> >>" % (int(width), int(height)),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
         b"/Encoding /WinAnsiEncoding >>"),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    # Each cross-reference entry is exactly 20 bytes, as the format requires.
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


@dataclass(frozen=True)
class Verdict:
    genuine: bool
    message: str
    facts: CertificateFacts | None = None

    def to_json(self) -> dict:
        out: dict = {"genuine": self.genuine, "message": self.message}
        if self.genuine and self.facts:
            out |= {"name": self.facts.name, "issued_on": self.facts.issued_on.isoformat()}
        return out


def facts_of(row) -> CertificateFacts:
    """CertificateFacts from a `fromzero.store.models.Certificate` row."""
    return CertificateFacts(row.id, row.user_id, row.name, row.issued_on)


def verify(store, secret: bytes, code: str) -> Verdict:
    """Is `code` a certificate this server issued, unchanged? (`store`: a Store)"""
    number = code_id(code)
    if number is None:
        return Verdict(False, "This is not a From Zero certificate code: codes look like "
                              "FZ-12-ABCD-EFGH-JKLM-NPQR. Check for a missing or extra "
                              "character.")
    row = store.certificate(number)
    if row is None or not code_matches(secret, code, facts_of(row)):
        return Verdict(False, "This code was not issued by this server, or it was changed: "
                              "the certificate is not genuine.")
    facts = facts_of(row)
    return Verdict(True, f"Genuine: {facts.name} completed From Zero on "
                         f"{facts.issued_on.isoformat()}.", facts)
