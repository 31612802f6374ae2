import json
from pathlib import Path

from fromzero.server.app import create_app

COMMITTED = Path(__file__).parents[2] / "web" / "openapi.json"


def test_the_committed_openapi_document_is_current():
    """The TS client is generated from web/openapi.json: it must match the app."""
    current = json.loads(json.dumps(create_app().openapi()))
    assert json.loads(COMMITTED.read_text(encoding="utf-8")) == current, (
        "Regenerate: .venv/bin/python scripts/dump_openapi.py && (cd web && npm run gen:client)")
