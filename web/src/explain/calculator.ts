/**
 * A calculator that shows each step in the order of operations (mirrors
 * fromzero/explain/calculator.py). It reads the sum one symbol at a time and knows only
 * numbers, + − × ÷ ^ √ and brackets: it never runs the text as code.
 */
import { fmt, type Step } from "./steps";

const SIGNS: Record<string, string> = {
  "+": "+", "-": "−", "−": "−", "*": "×", "×": "×", x: "×", "/": "÷", "÷": "÷", "^": "^", "√": "√", "(": "(", ")": ")",
};
const WORDS: Record<string, string> = {
  "^": "Powers come before times and plus.",
  "√": "Square roots come before times and plus.",
  "×": "Times and divide come before plus and minus.",
  "÷": "Times and divide come before plus and minus.",
  "+": "Plus and minus come last, from left to right.",
  "−": "Plus and minus come last, from left to right.",
  neg: "Flip the sign.",
};
const BRACKETS = "Work out the brackets first.";

/** A sum the calculator cannot read or work out; the message is written for the learner. */
export class CalcError extends Error {}

type Token = string | number;

interface Node {
  op: string;
  value: number;
  left?: Node;
  right?: Node;
  bracketed: boolean;
}

const node = (op: string, left?: Node, right?: Node, value = 0): Node => ({ op, value, left, right, bracketed: false });

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (isDigit(ch) || ch === ".") {
      let j = i;
      while (j < text.length && (isDigit(text[j]!) || text[j] === ".")) j += 1;
      const n = Number(text.slice(i, j));
      if (Number.isNaN(n) || text.slice(i, j) === ".") throw new CalcError(`I cannot read the number '${text.slice(i, j)}'.`);
      out.push(n);
      i = j;
    } else if (ch in SIGNS) {
      out.push(SIGNS[ch]!);
      i += 1;
    } else {
      throw new CalcError(`I can only read numbers, + − × ÷ ^ √ and brackets, not '${ch}'.`);
    }
  }
  if (out.length === 0) throw new CalcError("Type a sum first, like 2 + 3 × 4.");
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token | undefined {
    return this.toks[this.i];
  }

  private take(): Token | undefined {
    const t = this.peek();
    this.i += 1;
    return t;
  }

  parse(): Node {
    const n = this.sum();
    if (this.peek() !== undefined) throw new CalcError(`I did not expect ${String(this.peek())} there.`);
    return n;
  }

  private sum(): Node {
    let n = this.term();
    while (this.peek() === "+" || this.peek() === "−") n = node(String(this.take()), n, this.term());
    return n;
  }

  private term(): Node {
    let n = this.unary();
    while (this.peek() === "×" || this.peek() === "÷") n = node(String(this.take()), n, this.unary());
    return n;
  }

  private unary(): Node {
    if (this.peek() === "−") {
      this.take();
      const inner = this.unary();
      if (inner.op === "num" && !inner.bracketed) return node("num", undefined, undefined, -inner.value);
      return node("neg", inner);
    }
    return this.power();
  }

  private power(): Node {
    const n = this.root();
    if (this.peek() === "^") {
      this.take();
      return node("^", n, this.unary());
    }
    return n;
  }

  private root(): Node {
    if (this.peek() === "√") {
      this.take();
      return node("√", this.peek() === "−" ? this.unary() : this.root());
    }
    return this.atom();
  }

  private atom(): Node {
    const t = this.take();
    if (typeof t === "number") return node("num", undefined, undefined, t);
    if (t === "(") {
      const n = this.sum();
      if (this.take() !== ")") throw new CalcError("A bracket was opened but never closed.");
      n.bracketed = true;
      return n;
    }
    if (t === undefined) throw new CalcError("The sum stops too soon: a number is missing at the end.");
    throw new CalcError(`A number is missing before ${t}.`);
  }
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "−":
      return a - b;
    case "×":
      return a * b;
    case "÷":
      if (b === 0) throw new CalcError("You cannot divide by 0.");
      return a / b;
    default:
      if (a === 0 && b < 0) throw new CalcError("0 to a negative power would divide by 0.");
      if (a < 0 && !Number.isInteger(b)) throw new CalcError("A negative number to a decimal power has no answer here.");
      return a ** b;
  }
}

function walk(n: Node, steps: Step[], insideIn: boolean): number {
  if (n.op === "num") return n.value;
  const inside = insideIn || n.bracketed;
  if (n.op === "neg") {
    const a = walk(n.left!, steps, inside);
    const out = -a;
    steps.push({ text: inside ? BRACKETS : WORDS.neg!, expr: `−(${fmt(a)}) = ${fmt(out)}`, value: out });
    return out;
  }
  if (n.op === "√") {
    const a = walk(n.left!, steps, inside);
    if (a < 0) throw new CalcError("A negative number has no square root.");
    const out = Math.sqrt(a);
    steps.push({ text: inside ? BRACKETS : WORDS["√"]!, expr: `√${fmt(a)} = ${fmt(out)}`, value: out });
    return out;
  }
  const a = walk(n.left!, steps, inside);
  const b = walk(n.right!, steps, inside);
  const out = apply(n.op, a, b);
  steps.push({ text: inside ? BRACKETS : WORDS[n.op]!, expr: `${fmt(a)} ${n.op} ${fmt(b)} = ${fmt(out)}`, value: out });
  return out;
}

/** The sum as typed, with the signs written the school way: "2*3 - 1" -> "2×3 − 1". */
export function tidy(expression: string): string {
  let text = expression.split(/\s+/).filter(Boolean).join(" ");
  for (const [typed, school] of [["*", "×"], ["x", "×"], ["/", "÷"], ["-", "−"]] as const) text = text.split(typed).join(school);
  return text;
}

/** calculate("2 + 3 × 4"): 3 × 4 = 12 (times first), then 2 + 12 = 14. */
export function calculate(expression: string): Step[] {
  const tree = new Parser(tokens(expression)).parse();
  const steps: Step[] = [];
  const result = walk(tree, steps, false);
  if (steps.length === 0) {
    steps.push({ text: "There is nothing to work out: it is just a number.", expr: fmt(result), value: result });
  } else {
    steps.push({ text: "So the answer is:", expr: `${tidy(expression)} = ${fmt(result)}`, value: result });
  }
  return steps;
}
