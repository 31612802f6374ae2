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
import io
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


# Fonts tried, in order, for each letter: DejaVu Sans ships with matplotlib and covers Latin,
# Greek and Cyrillic; the others are used when the learner's system has them (Chinese,
# Japanese, Korean, Arabic, Hebrew, Indic scripts...). A letter no font has prints as a box,
# but the PDF's text layer still carries it, so it can be searched and copied.
FALLBACK_FONTS = (
    "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans",
    "Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "WenQuanYi Zen Hei",
    "Droid Sans Fallback", "Arial Unicode MS", "Microsoft YaHei", "MS Gothic", "Malgun Gothic",
)
BORDER_RGB = (0.19, 0.34, 0.17)  # the green of the HTML page's border


def _font_families() -> list[str]:
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return ["DejaVu Sans"] + [name for name in FALLBACK_FONTS if name in installed]


def certificate_pdf(facts: CertificateFacts, code: str, verify_url: str) -> bytes:
    """A one-page A4 landscape PDF drawn with matplotlib (already a dependency of the
    platform). Its TrueType fonts are embedded, so names in any script the fonts cover print
    as written, and its text layer maps back to Unicode for search and copy."""
    import warnings

    import matplotlib  # imported here: only certificates need it, and the server starts faster
    from matplotlib.backends.backend_pdf import FigureCanvasPdf

    with warnings.catch_warnings(), matplotlib.rc_context({"pdf.fonttype": 42}):
        # a letter no installed font has is drawn as a box; the text layer still holds it
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig = _certificate_figure(facts, code, verify_url)
        FigureCanvasPdf(fig)
        out = io.BytesIO()
        fig.savefig(out, format="pdf", metadata={
            "Title": f"Certificate for {facts.name}", "Creator": "From Zero",
            "Producer": None, "CreationDate": None})  # same facts, same bytes
    return out.getvalue()


def _certificate_figure(facts: CertificateFacts, code: str, verify_url: str):
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    width, height = 842.0, 595.0  # points (1/72 inch): A4 landscape
    fig = Figure(figsize=(width / 72, height / 72))
    for inset, line_width in ((30, 6), (42, 1)):
        fig.add_artist(Rectangle(
            (inset / width, inset / height), 1 - 2 * inset / width, 1 - 2 * inset / height,
            transform=fig.transFigure, fill=False, edgecolor=BORDER_RGB, linewidth=line_width))
    families = _font_families()
    lines = [
        ("Certificate of completion", 30, 450, "bold"),
        ("This certifies that", 14, 400, "normal"),
        (facts.name, 26, 355, "bold"),
        ("completed every part of the course", 14, 310, "normal"),
        (COURSE_TITLE, 14, 285, "bold"),
        (f"on {facts.issued_on.strftime('%d %B %Y')}.", 14, 260, "normal"),
        ("Verification code", 10, 190, "normal"),
        (code, 14, 170, "bold"),
        (f"Check it at {verify_url}", 10, 150, "normal"),
    ]
    room = width - 2 * 60  # inside the inner border, with a margin
    for text, size, y, weight in lines:
        artist = fig.text(0.5, y / height, text, ha="center", va="baseline", fontsize=size,
                          fontweight=weight, family=families, color="black",
                          parse_math=False)  # a '$' in a name is a dollar sign, not TeX
        drawn = artist.get_window_extent().width * 72 / fig.dpi  # points
        if drawn > room:  # a long name or address: shrink this line until it fits
            artist.set_fontsize(size * room / drawn)
    return fig


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
