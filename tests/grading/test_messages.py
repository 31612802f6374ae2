"""How returned values are written in a learner's message: dictionaries show their contents
and the first difference, not just "a dictionary"."""

from fromzero.grading.grader import dict_difference, show


def _num(v):
    return {"type": "number", "value": v}


def _dict(d):
    return {"type": "dict", "value": {k: _num(v) for k, v in d.items()}}


def test_a_dictionary_shows_its_first_items():
    assert show(_dict({"a": 1, " ": 2})) == "{'a': 1, ' ': 2}"
    many = show(_dict({str(i): i for i in range(9)}))
    assert many.startswith("{'0': 0, '1': 1") and many.endswith(", ...}")


def test_the_first_difference_is_named():
    want = _dict({"a": 1, "b": 2})["value"]
    assert dict_difference(_dict({"a": 1})["value"], want, 1e-9) == "The key 'b' is missing."
    assert dict_difference(_dict({"a": 1, "b": 2, "c": 0})["value"], want, 1e-9) == (
        "The key 'c' should not be there.")
    assert dict_difference(_dict({"a": 1, "b": 3})["value"], want, 1e-9) == (
        "At the key 'b' you have 3, but it should be 2.")
    assert dict_difference(want, want, 1e-9) == ""
