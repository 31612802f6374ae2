/**
 * Worked steps for slopes without calculus symbols (mirrors fromzero/explain/slopes.py).
 * A curve is a list of parts [a, n], each "a times x to the power n", all added.
 */
import { fmt, type Step, br } from "./steps";

export type Curve = readonly (readonly number[])[];

const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
export const NUDGE_DECIMALS = 7;

const superscript = (n: number): string =>
  String(n)
    .split("")
    .map((d) => SUP[Number(d)])
    .join("");

function parts(terms: Curve): [number, number][] {
  const out: [number, number][] = [];
  for (const t of terms) {
    const n = Number(t[1]);
    if (t.length !== 2 || !Number.isInteger(n) || n < 0) {
      throw new Error("Each part of a curve is [number, power], with a whole power from 0 up.");
    }
    out.push([Number(t[0]), n]);
  }
  if (out.length === 0) throw new Error("A curve needs at least one part.");
  return out;
}

const xPower = (n: number): string => (n === 0 ? "" : n === 1 ? "x" : `x${superscript(n)}`);

/** x to the power n by repeated multiplication (the same numbers as the Python side). */
export function timesPower(x: number, n: number): number {
  let p = 1;
  for (let i = 0; i < n; i++) p = p * x;
  return p;
}

/** [[3, 2], [-2, 1], [5, 0]] -> "3x² − 2x + 5". */
export function curveText(terms: Curve): string {
  let out = "";
  parts(terms).forEach(([a, n], i) => {
    const size = i > 0 ? Math.abs(a) : a;
    let body: string;
    if (n === 0) body = fmt(size);
    else if (size === 1) body = xPower(n);
    else if (size === -1) body = `\u2212${xPower(n)}`;
    else body = fmt(size) + xPower(n);
    out = i === 0 ? body : out + (a < 0 ? " − " : " + ") + body;
  });
  return out;
}

/** The height of the curve at x. */
export function curveAt(terms: Curve, x: number): number {
  let total = 0;
  for (const [a, n] of parts(terms)) total = total + a * timesPower(x, n);
  return total;
}


const sumText = (values: readonly number[]): string => values.map((v, i) => (i === 0 ? fmt(v) : br(v))).join(" + ");

function powerText(x: number, n: number): string {
  if (n === 0) return "1";
  if (n === 1) return fmt(x);
  const base = x >= 0 ? fmt(x) : `(${fmt(x)})`;
  return base + superscript(n);
}

/** curve_value([[1, 2]], 3): 3² = 9, so y = 9. */
export function curveValue(terms: Curve, x: number): Step[] {
  const steps: Step[] = [];
  const values = parts(terms).map(([a, n]) => {
    const p = timesPower(x, n);
    const v = a * p;
    const expr = n >= 2 ? `${fmt(a)} × ${powerText(x, n)} = ${fmt(a)} × ${fmt(p)} = ${fmt(v)}` : `${fmt(a)} × ${br(p)} = ${fmt(v)}`;
    steps.push({ text: `Work out the part ${curveText([[a, n]])} at x = ${fmt(x)}.`, expr, value: v });
    return v;
  });
  let y = 0;
  for (const v of values) y = y + v;
  if (values.length > 1) steps.push({ text: "Add the parts.", expr: `${sumText(values)} = ${fmt(y)}`, value: y });
  steps.push({ text: `So the height of y = ${curveText(terms)} at x = ${fmt(x)} is:`, expr: `y = ${fmt(y)}`, value: y });
  return steps;
}

/** rise_over_run(1, 2, 3, 6): rise 6 − 2 = 4, run 3 − 1 = 2, slope 4 ÷ 2 = 2. */
export function riseOverRun(x1: number, y1: number, x2: number, y2: number): Step[] {
  if (x1 === x2) throw new Error("The two points need different x, or the run is 0 and we cannot divide.");
  const rise = y2 - y1;
  const run = x2 - x1;
  const slope = rise / run;
  return [
    { text: "Rise: how far up we go (new height − old height).", expr: `${fmt(y2)} − ${fmt(y1)} = ${fmt(rise)}`, value: rise },
    { text: "Run: how far along we go (new x − old x).", expr: `${fmt(x2)} − ${fmt(x1)} = ${fmt(run)}`, value: run },
    { text: "Slope = rise ÷ run.", expr: `${fmt(rise)} ÷ ${fmt(run)} = ${fmt(slope)}`, value: slope },
  ];
}

/** The slope of the straight line between two points on a curve. */
export function curveRiseRun(terms: Curve, x1: number, x2: number): Step[] {
  parts(terms);
  if (x1 === x2) throw new Error("The two points need different x, or the run is 0 and we cannot divide.");
  const name = curveText(terms);
  const y1 = curveAt(terms, x1);
  const y2 = curveAt(terms, x2);
  return [
    { text: `The height of y = ${name} at x = ${fmt(x1)}.`, expr: `y = ${fmt(y1)}`, value: y1 },
    { text: `The height of y = ${name} at x = ${fmt(x2)}.`, expr: `y = ${fmt(y2)}`, value: y2 },
    ...riseOverRun(x1, y1, x2, y2),
  ];
}

/** Step right by a tiny nudge h, see how far the curve rose, divide by h. */
export function nudgeSlope(terms: Curve, x: number, h = 0.001): Step[] {
  parts(terms);
  if (h === 0) throw new Error("The nudge cannot be 0: we divide by it.");
  const name = curveText(terms);
  const d = NUDGE_DECIMALS;
  const y0 = curveAt(terms, x);
  const x1 = x + h;
  const y1 = curveAt(terms, x1);
  const rise = y1 - y0;
  const slope = rise / h;
  return [
    { text: `The height of y = ${name} at x = ${fmt(x, d)}.`, expr: `y = ${fmt(y0, d)}`, value: y0 },
    { text: `Nudge x by a tiny ${fmt(h, d)}.`, expr: `${fmt(x, d)} + ${fmt(h, d)} = ${fmt(x1, d)}`, value: x1 },
    { text: `The height at x = ${fmt(x1, d)}.`, expr: `y = ${fmt(y1, d)}`, value: y1 },
    { text: "Rise: how much the height changed.", expr: `${fmt(y1, d)} − ${fmt(y0, d)} = ${fmt(rise, d)}`, value: rise },
    { text: "Slope = rise ÷ nudge.", expr: `${fmt(rise, d)} ÷ ${fmt(h, d)} = ${fmt(slope)}`, value: slope },
  ];
}

/** The shortcut rules, part by part, then add the parts' slopes. */
export function shortcutSlope(terms: Curve, x: number): Step[] {
  const steps: Step[] = [];
  const slopes = parts(terms).map(([a, n]) => {
    const part = curveText([[a, n]]);
    if (n === 0) {
      steps.push({ text: `The part ${part} is a plain number. It never changes, so its slope is 0.`, expr: `slope of ${part} = 0`, value: 0 });
      return 0;
    }
    if (n === 1) {
      steps.push({
        text: `The part ${part} goes up by ${fmt(a)} for each 1 along, so its slope is ${fmt(a)}.`,
        expr: `slope of ${part} = ${fmt(a)}`,
        value: a,
      });
      return a;
    }
    const p = timesPower(x, n - 1);
    const s = a * n * p;
    const expr = n >= 3 ? `${fmt(a)} × ${n} × ${powerText(x, n - 1)} = ${fmt(a)} × ${n} × ${fmt(p)} = ${fmt(s)}` : `${fmt(a)} × ${n} × ${br(p)} = ${fmt(s)}`;
    steps.push({ text: `The part ${part}: bring the power ${n} down to multiply, and make the power one less.`, expr, value: s });
    return s;
  });
  let total = 0;
  for (const s of slopes) total = total + s;
  if (slopes.length > 1) steps.push({ text: "Add the slopes of the parts.", expr: `${sumText(slopes)} = ${fmt(total)}`, value: total });
  steps.push({ text: `So the slope of y = ${curveText(terms)} at x = ${fmt(x)} is:`, expr: `slope = ${fmt(total)}`, value: total });
  return steps;
}
