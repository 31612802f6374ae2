"""POST /api/generate/char-gpt: a prompt and sampling settings in, the shipped GPT's text out."""

from __future__ import annotations

import numpy as np
import pytest

from fromzero.training.recipes import shipped_path

pytestmark = pytest.mark.skipif(not shipped_path("char-gpt").is_file(),
                                reason="the shipped char-gpt model is not trained yet")

URL = "/api/generate/char-gpt"


def _text(client, **settings) -> str:
    body = {"prompt": "ROMEO:\n", "max_new_tokens": 40, **settings}
    response = client.post(URL, json=body)
    assert response.status_code == 200, response.text
    return response.json()["text"]


def test_a_long_prompt_is_cut_to_the_context_window():
    from fromzero.scratch.tensor import no_grad
    from fromzero.training.generate import model
    from fromzero.training.recipes import load_model

    shipped = load_model(shipped_path("char-gpt"))
    gpt = model()
    ids = np.array([gpt.lookup[ch] for ch in "KING:\nWhat say you, my lord? " * 6])  # > 128
    assert len(ids) > gpt.block_size
    with no_grad():
        logits, _ = shipped.model(ids[None, -gpt.block_size:])
    assert np.allclose(gpt.next_logits(ids), logits.data[0, -1], atol=1e-6)


def test_the_reply_has_the_text_the_first_steps_and_the_model_facts(client):
    response = client.post(URL, json={"prompt": "ROMEO:\n", "max_new_tokens": 30, "seed": 3})
    assert response.status_code == 200
    body = response.json()
    assert len(body["text"]) == 30
    assert body["prompt"] == "ROMEO:\n"
    assert 1 <= len(body["tokens"]) <= 30
    first = body["tokens"][0]
    assert first["char"] == body["text"][0]
    assert 0 < first["chance"] <= 1
    assert len(first["top5"]) == 5
    chances = [t["chance"] for t in first["top5"]]
    assert chances == sorted(chances, reverse=True)
    facts = body["model"]
    assert facts["block_size"] == 128 and facts["vocab_size"] == len(facts["vocab"])
    assert facts["parameters"] > 100_000


def test_the_same_seed_gives_the_same_text(client):
    first = _text(client, temperature=1.0, seed=7)
    assert _text(client, temperature=1.0, seed=7) == first
    assert _text(client, temperature=1.0, seed=8) != first


def test_temperature_zero_is_greedy_and_ignores_the_seed(client):
    greedy = _text(client, temperature=0, seed=1)
    assert _text(client, temperature=0, seed=2) == greedy


def test_top_k_of_one_is_the_same_as_greedy(client):
    greedy = _text(client, temperature=0)
    assert _text(client, temperature=1.0, top_k=1, seed=5) == greedy
    assert _text(client, temperature=1.5, top_k=1, seed=6) == greedy


def test_greedy_text_repeats_itself(client):
    text = _text(client, temperature=0, max_new_tokens=120)
    words = text.split()
    assert len(set(words)) < len(words)  # some word comes back: greedy loops


def test_a_tiny_top_p_keeps_only_the_likeliest(client):
    assert _text(client, temperature=1.0, top_p=0.01, seed=9) == _text(client, temperature=0)


def test_a_character_outside_the_vocabulary_is_a_422_that_names_it(client):
    response = client.post(URL, json={"prompt": "hello 🙂 ~", "max_new_tokens": 5})
    assert response.status_code == 422
    body = response.json()
    assert body["field"] == "prompt"
    assert "'🙂'" in body["detail"] and "'~'" in body["detail"]


@pytest.mark.parametrize(("settings", "field"), [
    ({"prompt": ""}, "prompt"),
    ({"prompt": "a" * 201}, "prompt"),
    ({"max_new_tokens": 0}, "max_new_tokens"),
    ({"max_new_tokens": 301}, "max_new_tokens"),
    ({"temperature": -0.1}, "temperature"),
    ({"temperature": 2.5}, "temperature"),
    ({"top_k": -1}, "top_k"),
    ({"top_k": 77}, "top_k"),
    ({"top_p": 0}, "top_p"),
    ({"top_p": 1.2}, "top_p"),
])
def test_settings_out_of_range_are_a_422_that_names_the_field(client, settings, field):
    body = {"prompt": "ROMEO:", "max_new_tokens": 5, **settings}
    response = client.post(URL, json=body)
    assert response.status_code == 422
    assert response.json()["field"] == field
