"""Show the work: every number a lesson prints comes from one of these functions.

`explain(concept, **inputs)` returns the steps of a calculation. Lessons render them as worked
examples, the CLI prints them, and `web/src/explain/` mirrors them in TypeScript; the golden
files in `tests/golden/explain/` keep both sides equal.
"""

from __future__ import annotations

from collections.abc import Callable

from fromzero.explain import activations, neuron
from fromzero.explain.steps import Step, fmt, steps_to_json

CONCEPTS: dict[str, Callable[..., list[Step]]] = {
    "neuron": neuron.neuron,
    "weighted_sum": neuron.weighted_sum,
    "neuron_multi": neuron.neuron_multi,
    "sigmoid": activations.sigmoid,
    "relu": activations.relu,
    "complete_neuron": activations.complete_neuron,
}


class UnknownConcept(KeyError):
    pass


def explain(concept: str, **inputs) -> list[Step]:
    """explain('neuron', x=5, w=0.5, b=1) -> the three steps of a one-input neuron."""
    try:
        fn = CONCEPTS[concept]
    except KeyError:
        raise UnknownConcept(
            f"No worked example is called {concept!r}. Known ones: {', '.join(sorted(CONCEPTS))}."
        ) from None
    return fn(**inputs)


def register(name: str, fn: Callable[..., list[Step]]) -> None:
    """Add a concept (later parts register theirs from their own module)."""
    CONCEPTS[name] = fn


__all__ = ["CONCEPTS", "Step", "explain", "fmt", "register", "steps_to_json"]
