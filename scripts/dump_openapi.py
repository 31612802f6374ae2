"""Write the API's OpenAPI document to web/openapi.json (the web client is generated from it)."""

import json
import sys
from pathlib import Path

from fromzero.server.app import create_app

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parents[1] / "web/openapi.json"
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps(create_app().openapi(), indent=1) + "\n", encoding="utf-8")
print(f"wrote {out}")
