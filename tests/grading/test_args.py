"""Probe arguments reach the learner's function as the tests wrote them: JSON has no tuples, so
tuples travel wrapped and come back as tuples (lists stay lists, dicts stay dicts)."""

import json

from fromzero.grading.harness import pack, unpack


def test_tuples_survive_the_trip_through_json():
    args = [[1, 2, 3], ("a", "b"), {"pair": (1, 2), "list": [(3, 4), [5]]}, 7, "text", None]
    back = unpack(json.loads(json.dumps(pack(args))))
    assert back == args
    assert isinstance(back[1], tuple) and isinstance(back[2]["pair"], tuple)
    assert isinstance(back[2]["list"][0], tuple) and isinstance(back[2]["list"][1], list)


def test_an_ordinary_dict_is_not_mistaken_for_a_tuple():
    assert unpack({"__tuple__": [1], "x": 2}) == {"__tuple__": [1], "x": 2}
