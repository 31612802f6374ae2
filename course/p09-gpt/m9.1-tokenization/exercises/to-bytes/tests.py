from fromzero.course.markdown import final_value
from fromzero.grading import Mistake, Probe

# An anchor from the worked example: "café 🙂" takes 10 bytes (é takes 2, 🙂 takes 4).
CAFE_BYTES = final_value("utf8_bytes", {"text": "café 🙂"})


def _check_cafe(got):
    if not isinstance(got, list):
        return "to_bytes('café 🙂') should return a list of whole numbers."
    if len(got) != CAFE_BYTES:
        return (f"to_bytes('café 🙂') gave {len(got)} numbers, but the text takes "
                f"{CAFE_BYTES:g} bytes: é takes 2 and 🙂 takes 4. Use text.encode('utf-8').")
    return None


PROBES = [
    Probe(task=1, call="to_bytes", args=("hi",), expect=[104, 105]),
    Probe(task=1, call="to_bytes", args=("é",), expect=[195, 169]),
    Probe(task=1, call="to_bytes", args=("café 🙂",), name="to_bytes('café 🙂')",
          check=_check_cafe),
    Probe(task=1, call="to_bytes", args=("low lower",)),
    Probe(task=1, call="to_bytes", args=("🙂",)),
    Probe(task=1, call="to_bytes", args=("",)),
]

MISTAKES = [
    Mistake(task=1, when=lambda text: [ord(ch) for ch in text],
            say="ord(ch) gives one number per character. But é takes 2 bytes and 🙂 takes 4. "
                "Encode the whole text: text.encode('utf-8')."),
    Mistake(task=1, when=lambda text: len(text.encode("utf-8")),
            say="You returned how many bytes there are. Return the bytes themselves, as a list."),
    Mistake(task=1, when=lambda text: len(text),
            say="You returned how many characters there are. Return the list of byte values."),
    Mistake(task=1, when=lambda text: text.encode("utf-8"),
            say="You returned a bytes object. Turn it into a list of numbers with list(...)."),
    Mistake(task=1, when=lambda text: " ".join(str(b) for b in text.encode("utf-8")),
            say="You returned text (a string) with the numbers in it. Return a list of whole "
                "numbers instead."),
    Mistake(task=1, when=lambda text: str(list(text.encode("utf-8"))),
            say="You returned text (a string) that looks like a list. Return the list itself."),
]
