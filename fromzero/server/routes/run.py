"""Run code in the sandbox and stream its events as Server-Sent Events."""

from __future__ import annotations

import json
from collections.abc import Iterator

from fastapi import APIRouter, HTTPException
from fastapi.responses import StreamingResponse

from fromzero.sandbox import get_runner
from fromzero.server.deps import SettingsDep
from fromzero.server.models import CodeBody

router = APIRouter(prefix="/api", tags=["run"])


def check_size(code: str, limit: int) -> None:
    size = len(code.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise HTTPException(413, f"Your code is {size // 1024} KB; the limit is "
                                 f"{limit // 1024} KB. Lessons never need that much code: is "
                                 "something pasted twice?")


def sse(events: Iterator) -> Iterator[str]:
    for event in events:
        yield f"event: {event.kind}\ndata: {json.dumps(event.data)}\n\n"


@router.post("/run", response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {}}}})
def run(body: CodeBody, settings: SettingsDep) -> StreamingResponse:
    check_size(body.code, settings.max_code_bytes)
    events = get_runner().run(body.code)
    return StreamingResponse(sse(events), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
