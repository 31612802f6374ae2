"""The certificate: earn it (every part with content complete), print it (HTML, PDF), and
let anyone check a code (`/verify/{code}`)."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from fromzero.server.account_deps import (
    PlanDep,
    SecretDep,
    StoreDep,
    UserDep,
    WriterDep,
)
from fromzero.store.certificates import (
    certificate_html,
    certificate_pdf,
    facts_of,
    make_code,
    verify,
)
from fromzero.store.derive import summarise

router = APIRouter(tags=["certificates"])


def _links(request: Request, code: str) -> dict:
    base = str(request.base_url).rstrip("/")
    return {"code": code, "verify_url": f"{base}/verify/{code}",
            "html_url": f"{base}/certificates/{code}", "pdf_url": f"{base}/certificates/{code}.pdf"}


@router.get("/api/certificate")
def status(request: Request, user: UserDep, store: StoreDep, plan: PlanDep,
           secret: SecretDep) -> dict:
    """Whether the signed-in learner has earned the certificate, and its links if issued."""
    summary = summarise(plan, store.events(user.id), datetime.now(UTC))
    row = store.certificate_of(user.id)
    out = {"earned": summary["certificate_earned"],
           "parts_remaining": summary["parts_remaining"], "certificate": None}
    if row:
        out["certificate"] = _links(request, make_code(secret, facts_of(row))) | {
            "name": row.name, "issued_on": row.issued_on.isoformat()}
    return out


@router.post("/api/certificate", status_code=201)
def issue(request: Request, user: WriterDep, store: StoreDep, plan: PlanDep,
          secret: SecretDep) -> dict:
    """Issue the certificate (once; asking again gives the same one)."""
    summary = summarise(plan, store.events(user.id), datetime.now(UTC))
    if not summary["certificate_earned"] and store.certificate_of(user.id) is None:
        remaining = ", ".join(summary["parts_remaining"]) or "the course has no parts yet"
        raise HTTPException(409, f"The certificate comes when every part is complete. Still "
                                 f"to finish: {remaining}. The dashboard shows what each part "
                                 "needs.")
    row = store.issue_certificate(user, datetime.now(UTC).date())
    return _links(request, make_code(secret, facts_of(row))) | {
        "name": row.name, "issued_on": row.issued_on.isoformat()}


def _genuine_or_404(store, secret: bytes, code: str):
    verdict = verify(store, secret, code)
    if not verdict.genuine or verdict.facts is None:
        raise HTTPException(404, verdict.message)
    return verdict.facts


@router.get("/certificates/{code}.pdf", include_in_schema=False)
def pdf(code: str, request: Request, store: StoreDep, secret: SecretDep) -> Response:
    facts = _genuine_or_404(store, secret, code)
    links = _links(request, make_code(secret, facts))
    body = certificate_pdf(facts, links["code"], links["verify_url"])
    return Response(body, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="fromzero-certificate-{facts.id}.pdf"'})


@router.get("/certificates/{code}", response_class=HTMLResponse, include_in_schema=False)
def page(code: str, request: Request, store: StoreDep, secret: SecretDep) -> HTMLResponse:
    facts = _genuine_or_404(store, secret, code)
    links = _links(request, make_code(secret, facts))
    return HTMLResponse(certificate_html(facts, links["code"], links["verify_url"]))


@router.get("/verify/{code}")
def verify_code(code: str, store: StoreDep, secret: SecretDep) -> dict:
    """`{genuine, message, name?, issued_on?}`: a forged or edited code is not genuine."""
    return verify(store, secret, code[:100]).to_json()
