from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _anchor(losses, patience):
    return final_value("early_stop", {"val_losses": losses, "patience": patience})


def _walk(losses, patience):
    """(best epoch, stop epoch), counting from 1."""
    best, best_epoch, waited = losses[0], 1, 0
    for epoch in range(2, len(losses) + 1):
        if losses[epoch - 1] < best:
            best, best_epoch, waited = losses[epoch - 1], epoch, 0
        else:
            waited += 1
            if waited == patience:
                return best_epoch, epoch
    return best_epoch, len(losses)


def _random(rng):
    n = rng.randint(6, 12)
    loss = 1.0
    losses = []
    for _ in range(n):
        loss = round(loss + rng.uniform(-0.2, 0.1), 2)
        losses.append(loss)
    return (losses, rng.randint(1, 3))


EXAMPLE = ([0.9, 0.6, 0.5, 0.55, 0.52, 0.58], 2)
BUMPY = ([1.0, 0.8, 0.85, 0.7, 0.75, 0.72, 0.71, 0.4], 3)

PROBES = [
    Probe(task=1, call="early_stop_epoch", args=EXAMPLE, expect=_anchor(*EXAMPLE)),
    Probe(task=1, call="early_stop_epoch", args=BUMPY, expect=_anchor(*BUMPY)),
    Probe(task=1, call="early_stop_epoch", args=([0.9, 0.8, 0.7, 0.6], 2)),
    Probe(task=1, call="early_stop_epoch", args=([0.5, 0.5, 0.4, 0.3], 2)),
    Probe(task=1, call="early_stop_epoch", args=([0.3], 1)),
    Probe(task=1, call="early_stop_epoch", args=_random),
    Probe(task=1, call="early_stop_epoch", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda losses, p: _walk(losses, p)[1],
            say="You returned the epoch where training stopped. Return the best epoch instead: "
                "we go back to its weights."),
    Mistake(task=1, when=lambda losses, p: _walk(losses, p)[0] - 1,
            say="That is one too small: you returned a list position, which counts from 0. "
                "Epochs count from 1."),
    Mistake(task=1, when=lambda losses, p: _walk(losses, 1)[0],
            say="You stopped at the first epoch that was not better. Wait `patience` epochs in "
                "a row without a new best before you stop: the loss often goes down again."),
    Mistake(task=1, when=lambda losses, p: losses.index(min(losses)) + 1,
            say="You picked the lowest loss in the whole list. Training stops when patience "
                "runs out, so later epochs never happen: only look up to the stop."),
]
