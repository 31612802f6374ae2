/**
 * The shape of a worked example, and the one place numbers are rounded for display.
 * Mirrors fromzero/explain/steps.py character for character (checked by the golden tests).
 */

export interface Step {
  /** What we do, in words: "Multiply the input by the weight." */
  text: string;
  /** The sum with the numbers plugged in: "5 × 0.5 = 2.5". */
  expr: string;
  /** The full-precision result, for code that chains steps. */
  value: number;
}

export const DECIMALS = 4;

const MINUS = "\u2212";

/**
 * Round for display: fmt(2.5) -> "2.5", fmt(1/3) -> "0.3333", fmt(0.0000454) -> "0.0000454".
 *
 * toFixed rounds half away from zero on the exact binary value, exactly like Python's
 * Decimal(x).quantize(..., ROUND_HALF_UP), so both sides print the same characters.
 */
export function fmt(x: number, decimals: number = DECIMALS): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "infinity" : `${MINUS}infinity`;
  let places = decimals;
  const size = Math.abs(x);
  if (size > 0 && size < 10 ** -(decimals - 1)) {
    // Tiny numbers would all show as 0: keep three significant digits instead.
    places = Math.min(12, 2 - Math.floor(Math.log10(size)));
  }
  // toFixed switches to exponent notation from 1e21 up; such numbers are whole anyway.
  let s = size >= 1e21 ? BigInt(x).toString() : x.toFixed(places);
  if (s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
  if (s === "-0" || s === "") s = "0";
  return s.replace("-", MINUS);
}

/** A number in brackets when it is negative, so "3 × (−2)" reads right. */
export function br(x: number): string {
  const text = fmt(x);
  return text.startsWith("\u2212") ? `(${text})` : text;
}

/** Add left to right, one at a time, exactly like the Python side (same rounding). */
export function addAll(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total = total + v;
  return total;
}
