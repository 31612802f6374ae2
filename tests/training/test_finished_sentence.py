"""The sentence shown under "Finished." when a training job ends well."""

from fromzero.training.worker import _duration, _finished_sentence


def test_a_classifier_reports_held_out_accuracy_steps_and_time():
    sentence = _finished_sentence({"test_accuracy": 0.8754, "steps": 126, "seconds": 0.31})
    assert sentence == ("87.5% of the held-out examples are classified correctly, after 126 "
                        "steps in under a second.")


def test_a_language_model_reports_its_validation_loss():
    sentence = _finished_sentence({"val_loss": 1.61123, "steps": 2000, "seconds": 88.9})
    assert sentence == "The validation loss is 1.611 after 2000 steps in 89 s."


def test_durations_read_naturally():
    assert [_duration(s) for s in (0.2, 1.0, 3.24, 9.96, 75.4)] == [
        "under a second", "1.0 s", "3.2 s", "10.0 s", "75 s"]
