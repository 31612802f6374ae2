"""Worked steps for building a CNN (Part 6, m6.3): the shape after every layer, and how many
weights and biases each layer has.

`cnn_shapes` walks an image through conv → ReLU → pool blocks, a flatten and dense layers,
one step per layer. `conv_params` and `dense_params` count one layer's weights and biases;
`cnn_params` and `mlp_params` add them up for a whole network, so two networks can be compared.

Worked example: cnn_shapes(28, [8, 16], [64, 10]) goes 28 × 28 × 1 → 26 × 26 × 8 → 13 × 13 × 8
→ 11 × 11 × 16 → 5 × 5 × 16 → 400 → 64 → 10, and conv_params(3, 1, 8) = 3 × 3 × 1 × 8 + 8 = 80.
"""

from __future__ import annotations

from collections.abc import Sequence

from fromzero.explain.steps import Step, fmt


def _whole(name: str, value: float, low: int = 1) -> int:
    """A whole number of at least `low`, or a ValueError a learner can read."""
    if int(value) != value or value < low:
        raise ValueError(f"{name} must be a whole number of at least {low}, not {value}.")
    return int(value)


def _shape(side: int, channels: int) -> str:
    return f"{side} × {side} × {channels}"


def cnn_shapes(size: int, channels: Sequence[int], dense: Sequence[int], k: int = 3,
               pool: int = 2, in_channels: int = 1) -> list[Step]:
    """The shape after every layer: conv k × k (then ReLU) and pool for each entry of
    `channels`, then flatten, then one dense layer per entry of `dense` (the last one gives
    the scores). Each step's value is how many numbers come out of that layer.

    cnn_shapes(28, [8], [10]) -> 28 × 28 × 1, 26 × 26 × 8, 13 × 13 × 8, 1352, 10.
    """
    side = _whole("size", size)
    depth = _whole("in_channels", in_channels)
    k = _whole("k", k)
    pool = _whole("pool", pool)
    steps = [Step(f"The input: a {side} × {side} image with {depth} "
                  f"{'channel' if depth == 1 else 'channels'}.",
                  _shape(side, depth), side * side * depth)]
    for n, filters in enumerate(channels, start=1):
        filters = _whole(f"conv layer {n}'s filters", filters)
        new_side = side - k + 1
        if new_side < 1:
            raise ValueError(f"A {k} × {k} filter does not fit on a {side} × {side} map "
                             f"(conv layer {n}): use fewer layers or a bigger image.")
        steps.append(Step(f"Conv layer {n}: {filters} filters of {k} × {k}, then ReLU. "
                          f"Each side loses {k} − 1.",
                          f"{side} − {k} + 1 = {new_side}, so {_shape(new_side, filters)}",
                          new_side * new_side * filters))
        pooled = new_side // pool
        if pooled < 1:
            raise ValueError(f"A {new_side} × {new_side} map is too small for {pool} × {pool} "
                             f"pooling (after conv layer {n}).")
        if new_side % pool == 0:
            rule = f"{new_side} ÷ {pool} = {pooled}"
        else:
            rule = f"{new_side} ÷ {pool} = {fmt(new_side / pool)}, rounded down to {pooled}"
        steps.append(Step(f"Max pooling {pool} × {pool}: each side is divided by {pool}, "
                          "rounded down.", f"{rule}, so {_shape(pooled, filters)}",
                          pooled * pooled * filters))
        side, depth = pooled, filters
    flat = side * side * depth
    steps.append(Step("Flatten: lay all the numbers out in one long list.",
                      f"{side} × {side} × {depth} = {flat}", flat))
    width = flat
    for n, units in enumerate(dense, start=1):
        units = _whole(f"dense layer {n}'s units", units)
        if n == len(dense):
            text = f"Output layer: {units} scores, one per class. Softmax makes them chances."
        else:
            text = f"Dense layer {n}: {units} neurons, then ReLU."
        steps.append(Step(text, f"{width} → {units}", units))
        width = units
    return steps


def conv_params(k: int, in_channels: int, filters: int) -> list[Step]:
    """Weights and biases of one conv layer: k·k·in_channels weights per filter, one bias each.

    conv_params(3, 8, 16) -> 3 × 3 × 8 = 72, 72 × 16 = 1152, 1152 + 16 = 1168.
    """
    k = _whole("k", k)
    in_channels = _whole("in_channels", in_channels)
    filters = _whole("filters", filters)
    per_filter = k * k * in_channels
    weights = per_filter * filters
    total = weights + filters
    return [
        Step("One filter has a k × k patch of weights for each input channel.",
             f"{k} × {k} × {in_channels} = {per_filter}", per_filter),
        Step("Every filter has its own weights.", f"{per_filter} × {filters} = {weights}",
             weights),
        Step("Add one bias per filter.", f"{weights} + {filters} = {total}", total),
    ]


def dense_params(n_in: int, n_out: int) -> list[Step]:
    """Weights and biases of one dense layer: one weight per input per neuron, one bias each.

    dense_params(400, 64) -> 400 × 64 = 25600, 25600 + 64 = 25664.
    """
    n_in = _whole("n_in", n_in)
    n_out = _whole("n_out", n_out)
    weights = n_in * n_out
    total = weights + n_out
    return [
        Step("Each neuron has one weight for every input.", f"{n_in} × {n_out} = {weights}",
             weights),
        Step("Add one bias per neuron.", f"{weights} + {n_out} = {total}", total),
    ]


def _add_up(parts: list[int]) -> Step:
    total = 0
    for p in parts:
        total = total + p
    return Step("Add up every layer.", " + ".join(str(p) for p in parts) + f" = {total}", total)


def cnn_params(size: int, channels: Sequence[int], dense: Sequence[int], k: int = 3,
               pool: int = 2, in_channels: int = 1) -> list[Step]:
    """Weights and biases of every layer of a CNN (pooling and flatten have none), then the total.

    cnn_params(28, [8, 16], [64, 10]) -> 80, 1168, 25664, 650, total 27562.
    """
    shapes = cnn_shapes(size, channels, dense, k, pool, in_channels)
    flat = int(shapes[1 + 2 * len(channels)].value)  # the flatten step
    k = int(k)  # cnn_shapes has checked it is a whole number
    steps = []
    parts = []
    depth = _whole("in_channels", in_channels)
    for n, filters in enumerate(channels, start=1):
        count = k * k * depth * filters + filters
        steps.append(Step(f"Conv layer {n}: {filters} filters of {k} × {k} × {depth}, plus "
                          f"{filters} biases.",
                          f"{filters} × ({k} × {k} × {depth}) + {filters} = {count}", count))
        parts.append(count)
        depth = filters
    width = flat
    for n, units in enumerate(dense, start=1):
        count = width * units + units
        steps.append(Step(f"Dense layer {n}: {width} inputs to {units} neurons, plus {units} "
                          "biases.", f"{width} × {units} + {units} = {count}", count))
        parts.append(count)
        width = units
    steps.append(_add_up(parts))
    return steps


def mlp_params(sizes: Sequence[int]) -> list[Step]:
    """Weights and biases of a plain network (every layer dense), layer by layer, then the total.

    mlp_params([784, 128, 64, 10]) -> 100480, 8256, 650, total 109386.
    """
    sizes = [_whole("each size", s) for s in sizes]
    if len(sizes) < 2:
        raise ValueError("mlp_params needs at least two sizes: the inputs and the outputs.")
    steps = []
    parts = []
    for n in range(1, len(sizes)):
        n_in, n_out = sizes[n - 1], sizes[n]
        count = n_in * n_out + n_out
        steps.append(Step(f"Dense layer {n}: {n_in} inputs to {n_out} neurons, plus {n_out} "
                          "biases.", f"{n_in} × {n_out} + {n_out} = {count}", count))
        parts.append(count)
    steps.append(_add_up(parts))
    return steps
