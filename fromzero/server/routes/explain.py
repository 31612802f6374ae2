"""Worked steps on demand, e.g. for a demo that wants the server's own words."""

from __future__ import annotations

import json

from fastapi import APIRouter, HTTPException

from fromzero.explain import CONCEPTS, explain, steps_to_json
from fromzero.server.models import ExplainOut

router = APIRouter(prefix="/api/explain", tags=["explain"])


@router.get("/{concept}", response_model=ExplainOut)
def steps(concept: str, inputs: str = "{}") -> dict:
    if concept not in CONCEPTS:
        raise HTTPException(404, f"No worked example called '{concept}'. Known: "
                                 f"{', '.join(sorted(CONCEPTS))}.")
    try:
        args = json.loads(inputs)
        if not isinstance(args, dict):
            raise TypeError("inputs must be a JSON object")
        return {"concept": concept, "steps": steps_to_json(explain(concept, **args))}
    except (ValueError, TypeError) as e:
        raise HTTPException(422, f"Could not work out {concept} with {inputs[:100]}: {e}") \
            from None
