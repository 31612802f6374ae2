"""A calculator that shows each step, in the order of operations: brackets, powers and roots,
times and divide, then plus and minus.

It reads the sum itself, one symbol at a time, and knows only numbers, + − × ÷ ^ √ and
brackets. It never hands the text to Python's `eval`, which would run any code at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from fromzero.explain.steps import Step, fmt

SIGNS = {"+": "+", "-": "−", "−": "−", "*": "×", "×": "×", "x": "×", "/": "÷", "÷": "÷",
         "^": "^", "√": "√", "(": "(", ")": ")"}
WORDS = {
    "^": "Powers come before times and plus.",
    "√": "Square roots come before times and plus.",
    "×": "Times and divide come before plus and minus.",
    "÷": "Times and divide come before plus and minus.",
    "+": "Plus and minus come last, from left to right.",
    "−": "Plus and minus come last, from left to right.",
    "neg": "Flip the sign.",
}
BRACKETS = "Work out the brackets first."


class CalcError(ValueError):
    pass


@dataclass
class Node:
    op: str  # "num", "neg", "√", "^", "×", "÷", "+", "−"
    value: float = 0.0
    left: Node | None = None
    right: Node | None = None
    bracketed: bool = False


def tokens(text: str) -> list[str | float]:
    out: list[str | float] = []
    i = 0
    text = str(text)
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            try:
                out.append(float(text[i:j]))
            except ValueError:
                raise CalcError(f"I cannot read the number {text[i:j]!r}.") from None
            i = j
        elif ch in SIGNS:
            out.append(SIGNS[ch])
            i += 1
        else:
            raise CalcError(f"I can only read numbers, + − × ÷ ^ √ and brackets, not {ch!r}.")
    if not out:
        raise CalcError("Type a sum first, like 2 + 3 × 4.")
    return out


class Parser:
    """sum := term (('+'|'−') term)*; term := unary (('×'|'÷') unary)*;
    unary := '−' unary | power; power := root ('^' unary)?; root := '√' root | atom."""

    def __init__(self, toks: list[str | float]):
        self.toks = toks
        self.i = 0

    def peek(self) -> str | float | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> str | float | None:
        tok = self.peek()
        self.i += 1
        return tok

    def parse(self) -> Node:
        node = self.sum()
        if self.peek() is not None:
            raise CalcError(f"I did not expect {self.peek()!s} there.")
        return node

    def sum(self) -> Node:
        node = self.term()
        while self.peek() in ("+", "−"):
            op = str(self.take())
            node = Node(op, left=node, right=self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.peek() in ("×", "÷"):
            op = str(self.take())
            node = Node(op, left=node, right=self.unary())
        return node

    def unary(self) -> Node:
        if self.peek() == "−":
            self.take()
            inner = self.unary()
            if inner.op == "num" and not inner.bracketed:
                return Node("num", value=-inner.value)
            return Node("neg", left=inner)
        return self.power()

    def power(self) -> Node:
        node = self.root()
        if self.peek() == "^":
            self.take()
            node = Node("^", left=node, right=self.unary())
        return node

    def root(self) -> Node:
        if self.peek() == "√":
            self.take()
            return Node("√", left=self.unary() if self.peek() == "−" else self.root())
        return self.atom()

    def atom(self) -> Node:
        tok = self.take()
        if isinstance(tok, float):
            return Node("num", value=tok)
        if tok == "(":
            node = self.sum()
            if self.take() != ")":
                raise CalcError("A bracket was opened but never closed.")
            node.bracketed = True
            return node
        if tok is None:
            raise CalcError("The sum stops too soon: a number is missing at the end.")
        raise CalcError(f"A number is missing before {tok!s}.")


def _apply(op: str, a: float, b: float) -> float:
    if op == "+":
        return a + b
    if op == "−":
        return a - b
    if op == "×":
        return a * b
    if op == "÷":
        if b == 0:
            raise CalcError("You cannot divide by 0.")
        return a / b
    if a == 0 and b < 0:
        raise CalcError("0 to a negative power would divide by 0.")
    if a < 0 and b != int(b):
        raise CalcError("A negative number to a decimal power has no answer here.")
    try:
        return a**b
    except OverflowError:
        return math.inf


def _walk(node: Node, steps: list[Step], inside: bool) -> float:
    if node.op == "num":
        return node.value
    inside = inside or node.bracketed
    if node.op == "neg":
        a = _walk(node.left, steps, inside)
        out = -a
        steps.append(Step(BRACKETS if inside else WORDS["neg"], f"−({fmt(a)}) = {fmt(out)}", out))
        return out
    if node.op == "√":
        a = _walk(node.left, steps, inside)
        if a < 0:
            raise CalcError("A negative number has no square root.")
        out = math.sqrt(a)
        steps.append(Step(BRACKETS if inside else WORDS["√"], f"√{fmt(a)} = {fmt(out)}", out))
        return out
    a = _walk(node.left, steps, inside)
    b = _walk(node.right, steps, inside)
    out = _apply(node.op, a, b)
    steps.append(Step(BRACKETS if inside else WORDS[node.op],
                      f"{fmt(a)} {node.op} {fmt(b)} = {fmt(out)}", out))
    return out


def tidy(expression: str) -> str:
    """The sum as typed, with the signs written the school way: '2*3 - 1' -> '2×3 − 1'."""
    text = " ".join(str(expression).split())
    for typed, school in (("*", "×"), ("x", "×"), ("/", "÷"), ("-", "−")):
        text = text.replace(typed, school)
    return text


def calculate(expression: str) -> list[Step]:
    """calculate('2 + 3 × 4'): 3 × 4 = 12 (times first), then 2 + 12 = 14."""
    tree = Parser(tokens(expression)).parse()
    steps: list[Step] = []
    result = _walk(tree, steps, False)
    if not steps:
        steps.append(Step("There is nothing to work out: it is just a number.", fmt(result), result))
    else:
        steps.append(Step("So the answer is:", f"{tidy(expression)} = {fmt(result)}", result))
    return steps
