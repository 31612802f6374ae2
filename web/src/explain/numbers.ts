/** Worked steps for Part 1's numbers (mirrors fromzero/explain/numbers.py). */
import { fmt, type Step } from "./steps";

const MINUS = "\u2212";

/** fmt for any size: 1e308 -> "1 × 10^308" (fmt itself is for everyday sizes). */
export function big(x: number): string {
  if (Number.isFinite(x) && Math.abs(x) >= 1e15) {
    const [m, e] = x.toExponential(4).split("e") as [string, string];
    const mantissa = m.replace(/0+$/, "").replace(/\.$/, "").replace("-", MINUS);
    return `${mantissa} × 10^${Number(e)}`;
  }
  return fmt(x);
}

/** The number a computer really keeps for x, to 20 decimals: 0.1 -> 0.10000000000000000555. */
export function stored(x: number): string {
  return x.toFixed(20).replace("-", MINUS);
}

/** What Python prints for x (the shortest text that leads back to it), for 0.0001 up to 10^15. */
export function shortest(x: number): string {
  return String(x).replace("-", MINUS);
}

export function toBinary(n: number): Step[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`to_binary needs a whole number that is 0 or more: got ${n}.`);
  if (n === 0) return [{ text: "Zero is written 0 in binary too.", expr: "0 → 0", value: 0 }];
  const steps: Step[] = [];
  const bits: string[] = [];
  let left = n;
  while (left > 0) {
    const half = Math.floor(left / 2);
    const bit = left % 2;
    bits.push(String(bit));
    steps.push({
      text: `Make pairs from ${left}: ${half} pair${half === 1 ? "" : "s"} and ${bit} left over.`,
      expr: `${left} = 2 × ${half} + ${bit}`,
      value: bit,
    });
    left = half;
  }
  const answer = bits.reverse().join("");
  steps.push({ text: "Read the left-over digits from the last one to the first.", expr: `${n} → ${answer}`, value: Number(answer) });
  return steps;
}

export function fromBinary(bits: string): Step[] {
  if (bits === "" || /[^01]/.test(bits)) throw new Error(`from_binary needs only the digits 0 and 1: got '${bits}'.`);
  const steps: Step[] = [];
  let total = 0;
  [...bits].forEach((c, i) => {
    const place = 2 ** (bits.length - 1 - i);
    const part = Number(c) * place;
    const before = total;
    total += part;
    steps.push(
      i === 0
        ? { text: `Digit ${c} sits in the ${place}s place.`, expr: `${c} × ${place} = ${part}`, value: total }
        : { text: `Digit ${c} sits in the ${place}s place. Add it on.`, expr: `${before} + ${c} × ${place} = ${total}`, value: total },
    );
  });
  steps.push({ text: "That is the number in everyday digits.", expr: `${bits} → ${total}`, value: total });
  return steps;
}

export function floatSum(a: number, b: number): Step[] {
  const s = a + b;
  return [
    { text: "The computer keeps the closest number it can to the first one.", expr: `${fmt(a)} is kept as ${stored(a)}`, value: a },
    { text: "It does the same for the second one.", expr: `${fmt(b)} is kept as ${stored(b)}`, value: b },
    { text: "It adds them and keeps the closest number it can to the sum.", expr: `${stored(a)} + ${stored(b)} → ${stored(s)}`, value: s },
    { text: "Python prints the shortest form of that stored number.", expr: `print → ${shortest(s)}`, value: s },
  ];
}

export function overflow(x: number, factor: number, times: number): Step[] {
  const steps: Step[] = [];
  let value = x;
  for (let i = 0; i < Math.trunc(times); i++) {
    const before = value;
    value = before * factor;
    const text =
      !Number.isFinite(value) && Number.isFinite(before)
        ? "Too big to store! The computer gives up and writes infinity."
        : `Multiply by ${big(factor)}.`;
    steps.push({ text, expr: `${big(before)} × ${big(factor)} = ${big(value)}`, value });
  }
  const diff = value - value;
  const text = Number.isNaN(diff)
    ? "Take it away from itself. Infinity minus infinity has no answer: NaN."
    : "Take it away from itself. Any real number minus itself is 0.";
  steps.push({ text, expr: `${big(value)} − ${big(value)} = ${big(diff)}`, value: diff });
  return steps;
}
