/**
 * Gradient descent in slow motion: one example, one weight. Step shows one line of work at a
 * time (predict, error, loss, gradient, step, new weight); the ball rolls down the loss curve.
 */
import { gradientDescent, iterate, lossOf, type Step } from "../../explain";
import { sample } from "../sample";
import { clamp, numberProp, type Range } from "../state";

export const TITLE = "Gradient descent, step by step";

/** `done` whole iterations are finished; `part` lines (0 to 6) of the next one are shown. */
export type DescentState = { x: number; target: number; w0: number; lr: number; done: number; part: number };

export const INPUT: Range = { min: 0.5, max: 3, step: 0.5 };
export const TARGET: Range = { min: -5, max: 5, step: 0.5 };
export const START: Range = { min: -2, max: 5, step: 0.1 };
export const RATE: Range = { min: 0.01, max: 0.5, step: 0.01 };
export const MAX_ITERATIONS = 60;
export const LINES = 6;
export const W_DOMAIN: [number, number] = [-3, 6];

export function normalise(p: Record<string, unknown>): DescentState {
  return {
    x: clamp(numberProp(p.x, 2), INPUT.min, INPUT.max),
    target: clamp(numberProp(p.target, 5), TARGET.min, TARGET.max),
    w0: clamp(numberProp(p.w0, 0.1), START.min, START.max),
    lr: clamp(numberProp(p.lr, 0.05), RATE.min, RATE.max),
    done: Math.round(clamp(numberProp(p.done, 0), 0, MAX_ITERATIONS)),
    part: Math.round(clamp(numberProp(p.part, 0), 0, LINES)),
  };
}

/** The weight before each iteration: weights[0] is the start, weights[k] after k iterations. */
export function weights(s: DescentState, count = s.done): number[] {
  const out = [s.w0];
  let w = s.w0;
  for (let k = 0; k < count; k++) {
    w = iterate(s.x, s.target, w, s.lr).next;
    out.push(w);
  }
  return out;
}

/** The six lines of work of the iteration now being shown (number done + 1). */
export function current(s: DescentState): Step[] {
  const all = gradientDescent(s.x, s.target, s.w0, s.lr, s.done + 1);
  return all.slice(LINES * s.done, LINES * s.done + LINES);
}

/** One press of Step: the next line, or on to the next iteration once all six are shown. */
export function advance(s: DescentState): DescentState {
  if (s.part < LINES) return { ...s, part: s.part + 1 };
  if (s.done >= MAX_ITERATIONS) return s;
  return { ...s, done: s.done + 1, part: 1 };
}

/** Jump: finish this iteration at once. */
export function nextIteration(s: DescentState): DescentState {
  if (s.done >= MAX_ITERATIONS) return s;
  return s.part === 0 ? { ...s, part: LINES } : { ...s, done: s.done + 1, part: LINES };
}

export function atEnd(s: DescentState): boolean {
  return s.done >= MAX_ITERATIONS && s.part >= LINES;
}

/** Where the ball is: at the new weight once the last line is shown, else where we stand. */
export function ball(s: DescentState): { w: number; loss: number } {
  const ws = weights(s, s.done + (s.part >= LINES ? 1 : 0));
  const w = ws[ws.length - 1]!;
  return { w, loss: lossOf(s.x, s.target, w, 0) };
}

/** The loss before each finished iteration, and after the last: the loss going down. */
export function lossHistory(s: DescentState): [number, number][] {
  const ws = weights(s, s.done + (s.part >= LINES ? 1 : 0));
  return ws.map((w, k) => [k, lossOf(s.x, s.target, w, 0)]);
}

export function curve(s: DescentState): [number, number][] {
  return sample((w) => lossOf(s.x, s.target, w, 0), W_DOMAIN[0], W_DOMAIN[1], 160);
}

export function lossTop(s: DescentState): number {
  return Math.max(lossOf(s.x, s.target, s.w0, 0) * 1.3, 1);
}
