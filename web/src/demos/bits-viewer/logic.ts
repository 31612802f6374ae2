/** Type a whole number and see the eight bits a computer keeps for it; click a bit to flip it. */
import { fromBinary, toBinary, type Step } from "../../explain";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "See a number's bits";

export type BitsState = { n: number };

export const BITS = 8;
export const N: Range = { min: 0, max: 2 ** BITS - 1, step: 1 };
/** The place value of each bit, biggest first: 128, 64, ..., 1. */
export const PLACES = Array.from({ length: BITS }, (_, i) => 2 ** (BITS - 1 - i));

export function normalise(p: Record<string, unknown>): BitsState {
  return { n: Math.round(clamp(numberProp(p.n, 13), N.min, N.max)) };
}

/** The bits of n, biggest place first: bitsOf(13) -> [0, 0, 0, 0, 1, 1, 0, 1]. */
export function bitsOf(n: number): number[] {
  return PLACES.map((p) => (Math.floor(n / p) % 2 === 1 ? 1 : 0));
}

/** Flip the bit worth `place`: 13 with place 2 -> 15. */
export function flip(n: number, place: number): number {
  return bitsOf(n)[PLACES.indexOf(place)] === 1 ? n - place : n + place;
}

export function compute(s: BitsState): { bits: number[]; text: string; toSteps: Step[]; backSteps: Step[] } {
  const bits = bitsOf(s.n);
  const text = bits.join("");
  return { bits, text, toSteps: toBinary(s.n), backSteps: fromBinary(text) };
}
