/**
 * A recurrent network with one memory number reads a short list of inputs, one time step at a
 * time. Each step: h_new = tanh(w_x × x + w_h × h_old + b). The learner edits the inputs and the
 * three numbers, then steps forwards and backwards; every step's arithmetic is shown.
 */
import { hiddenStates, rnnStep, type Step } from "../../explain";
import { clamp, numberListProp, numberProp, type Range } from "../state";

export const TITLE = "Step a recurrent network through time";

export const INPUT: Range = { min: -3, max: 3, step: 0.5 };
export const KNOB: Range = { min: -2, max: 2, step: 0.1 };
export const MIN_LEN = 1;
export const MAX_LEN = 10;
/** The memory before the first step: empty. */
export const H0 = 0;

/** `t` is how many inputs have been read so far: 0 (none yet) up to xs.length. */
export type RnnStepperState = { xs: number[]; w_x: number; w_h: number; b: number; t: number };

const START = [1, 0, 0, 0, 0];

const knob = (v: unknown, fallback: number) => Math.round(clamp(numberProp(v, fallback), KNOB.min, KNOB.max) * 10) / 10 || 0; // never −0

export function normalise(p: Record<string, unknown>): RnnStepperState {
  const raw = numberListProp(p.xs, START, INPUT.min, INPUT.max).slice(0, MAX_LEN);
  const xs = raw.map((x) => Math.round(x * 2) / 2);
  const t = Math.round(clamp(numberProp(p.t, 1), 0, xs.length));
  return { xs, w_x: knob(p.w_x, 0.5), w_h: knob(p.w_h, 0.8), b: knob(p.b, 0), t };
}

export function atEnd(s: RnnStepperState): boolean {
  return s.t >= s.xs.length;
}

/** Move by `by` time steps, staying between "nothing read" and "all read". */
export function step(s: RnnStepperState, by: number): RnnStepperState {
  return { ...s, t: Math.round(clamp(s.t + by, 0, s.xs.length)) };
}

export function setInput(s: RnnStepperState, index: number, value: number): RnnStepperState {
  const v = Math.round(clamp(numberProp(value, 0), INPUT.min, INPUT.max) * 2) / 2;
  return { ...s, xs: s.xs.map((x, i) => (i === index ? v : x)) };
}

export function addInput(s: RnnStepperState): RnnStepperState {
  if (s.xs.length >= MAX_LEN) return s;
  return { ...s, xs: [...s.xs, 0] };
}

export function removeInput(s: RnnStepperState): RnnStepperState {
  if (s.xs.length <= MIN_LEN) return s;
  const xs = s.xs.slice(0, -1);
  return { ...s, xs, t: Math.min(s.t, xs.length) };
}

export interface RnnStepperView {
  /** The memory after each time step, for every input (shown only up to t). */
  hs: number[];
  /** The memory before the current step, and after it (both H0 when t is 0). */
  before: number;
  after: number;
  /** The current step's worked arithmetic (empty before the first step). */
  steps: Step[];
  /** (time step, h) points for the chart, from time 0 (the empty memory) to t. */
  points: [number, number][];
}

export function compute(s: RnnStepperState): RnnStepperView {
  const hs = hiddenStates(s.xs, H0, s.w_x, s.w_h, s.b);
  const before = s.t >= 2 ? hs[s.t - 2]! : H0;
  const steps = s.t >= 1 ? rnnStep(s.xs[s.t - 1]!, before, s.w_x, s.w_h, s.b) : [];
  const after = s.t >= 1 ? hs[s.t - 1]! : H0;
  const points: [number, number][] = [[0, H0]];
  for (let i = 0; i < s.t; i++) points.push([i + 1, hs[i]!]);
  return { hs, before, after, steps, points };
}

/** A cell colour for a memory value between −1 and 1: blue below 0, orange above, pale near 0. */
export function memoryColour(h: number): string {
  const t = Math.min(1, Math.abs(h));
  const fade = (full: number) => Math.round(255 - (255 - full) * t);
  return h < 0 ? `rgb(${fade(37)}, ${fade(99)}, ${fade(235)})` : `rgb(${fade(230)}, ${fade(119)}, ${fade(0)})`;
}
