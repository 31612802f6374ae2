from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe


def _random(rng):
    return (rng.choice([1, 3, 5, 7]), rng.randint(1, 64), rng.randint(1, 64))


PROBES = [
    Probe(task=1, call="conv_param_count", args=(3, 1, 8),
          expect=final_value("conv_params", {"k": 3, "in_channels": 1, "filters": 8})),
    Probe(task=1, call="conv_param_count", args=(3, 8, 16),
          expect=final_value("conv_params", {"k": 3, "in_channels": 8, "filters": 16})),
    Probe(task=1, call="conv_param_count", args=(5, 3, 4)),
    Probe(task=1, call="conv_param_count", args=(1, 1, 1)),
    Probe(task=1, call="conv_param_count", args=_random),
    Probe(task=1, call="conv_param_count", args=_random),
]

MISTAKES = [
    Mistake(task=1, when=lambda k, in_ch, filters: k * k * in_ch * filters,
            say="You counted the weights but not the biases. Each filter has one bias too: "
                "add `filters` at the end."),
    Mistake(task=1, when=lambda k, in_ch, filters: k * k * filters + filters,
            say="You left out the input channels. A filter reads every input channel, so it "
                "has k × k weights for each of the in_ch channels."),
    Mistake(task=1, when=lambda k, in_ch, filters: k * in_ch * filters + filters,
            say="A filter is k by k: that is k × k weights per channel, not k. Did you forget "
                "to square k?"),
    Mistake(task=1, when=lambda k, in_ch, filters: 2 * k * in_ch * filters + filters,
            say="k squared is k × k, not k × 2. A 3 by 3 filter has 9 weights per channel."),
    Mistake(task=1, when=lambda k, in_ch, filters: k * k * in_ch * filters + k * k * in_ch,
            say="There is one bias per filter, so add `filters`, not the size of one filter."),
]
