/**
 * One LSTM unit, one step: the input x, the old hidden state h and the old cell state c go in;
 * the four gates, the new cell state and the new hidden state come out, every number shown.
 *
 *   f = σ(w_f·x + u_f·h + b_f)      i = σ(w_i·x + u_i·h + b_i)
 *   g = tanh(w_g·x + u_g·h + b_g)   o = σ(w_o·x + u_o·h + b_o)
 *   c_new = f·c + i·g               h_new = o·tanh(c_new)
 *
 * The twelve weights are a list in LSTM_KEYS order (w_f, u_f, b_f, w_i, ...). A preset sets
 * them to a clear behaviour; moving any weight slider makes the preset "custom".
 */
import { LSTM_KEYS, lstmNumbers, lstmStep, type LstmNumbers, type Step, type Weights } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Inside one LSTM step: the gates";

export const PRESETS = ["lesson", "remember", "forget", "write", "read", "custom"] as const;
export type Preset = (typeof PRESETS)[number];

export const PRESET_LABELS: Record<Preset, string> = {
  lesson: "the lesson's example",
  remember: "remember (keep c, show nothing)",
  forget: "forget (wipe c)",
  write: "write new (replace c with x)",
  read: "read out (keep c and show it)",
  custom: "my own weights",
};

/** Weights per preset, in LSTM_KEYS order: [w_f, u_f, b_f, w_i, u_i, b_i, w_g, u_g, b_g, w_o, u_o, b_o]. */
export const PRESET_WEIGHTS: Record<Exclude<Preset, "custom">, number[]> = {
  // The worked example of the lesson.
  lesson: [1, 1, 0, 0.5, -1, 0, 1, 1, -0.5, 2, 0, -1],
  // Forget gate open (σ(5)), input gate shut (σ(−5)), output gate shut: c passes, h stays near 0.
  remember: [0, 0, 5, 0, 0, -5, 2, 0, 0, 0, 0, -5],
  // Forget gate shut, input gate shut: the cell is wiped to about 0.
  forget: [0, 0, -5, 0, 0, -5, 2, 0, 0, 0, 0, 0],
  // Forget gate shut, input gate open, candidate tanh(2·x): the cell becomes about tanh(2·x).
  write: [0, 0, -5, 0, 0, 5, 2, 0, 0, 0, 0, 0],
  // Forget gate open, input gate shut, output gate open: c passes and h shows tanh(c).
  read: [0, 0, 5, 0, 0, -5, 2, 0, 0, 0, 0, 5],
};

export type LstmGatesState = { x: number; h: number; c: number; preset: Preset; w: number[] };

export const X: Range = { min: -2, max: 2, step: 0.1 };
export const H: Range = { min: -1, max: 1, step: 0.05 };
export const C: Range = { min: -3, max: 3, step: 0.1 };
export const W: Range = { min: -6, max: 6, step: 0.5 };

const snap = (v: number, r: Range) => clamp(Math.round(v / r.step) * r.step, r.min, r.max);
const tidy = (v: number) => Math.round(v * 1000) / 1000; // 0.30000000000000004 -> 0.3

export function normalise(p: Record<string, unknown>): LstmGatesState {
  const preset = choiceProp(p.preset, PRESETS, "lesson");
  const base = preset === "custom" ? PRESET_WEIGHTS.lesson : PRESET_WEIGHTS[preset];
  const given = Array.isArray(p.w) && p.w.length === LSTM_KEYS.length ? p.w : null;
  // A named preset always shows its own weights; "custom" keeps the weights it was given.
  const w = preset === "custom" && given ? given.map((v, k) => tidy(snap(numberProp(v, base[k]!), W))) : [...base];
  return {
    x: tidy(snap(numberProp(p.x, 1), X)),
    h: tidy(snap(numberProp(p.h, 0.5), H)),
    c: tidy(snap(numberProp(p.c, 0.8), C)),
    preset,
    w,
  };
}

/** The weights list as the dict the explain functions take. */
export function weightsOf(w: readonly number[]): Weights {
  return Object.fromEntries(LSTM_KEYS.map((k, i) => [k, w[i] ?? 0]));
}

/** Pick a preset: its weights replace the current ones. */
export function choosePreset(s: LstmGatesState, preset: Preset): LstmGatesState {
  return preset === "custom" ? { ...s, preset } : { ...s, preset, w: [...PRESET_WEIGHTS[preset]] };
}

/** Move one weight: the state becomes "custom". */
export function setWeight(s: LstmGatesState, index: number, value: number): LstmGatesState {
  return { ...s, preset: "custom", w: s.w.map((v, i) => (i === index ? tidy(snap(value, W)) : v)) };
}

/** Where a bar starts and how wide it is, in % of its track: 0..1 from the left, −1..1 from the middle. */
export function barOf(value: number, signed: boolean): { left: number; width: number } {
  if (!signed) return { left: 0, width: clamp(value, 0, 1) * 100 };
  const v = clamp(value, -1, 1);
  return v >= 0 ? { left: 50, width: v * 50 } : { left: 50 + v * 50, width: -v * 50 };
}

/** A short word for how open a gate is. */
export function openness(value: number): string {
  if (value >= 0.9) return "open";
  if (value <= 0.1) return "closed";
  return "partly open";
}

export interface LstmGatesView {
  n: LstmNumbers;
  steps: Step[];
}

export function compute(s: LstmGatesState): LstmGatesView {
  const weights = weightsOf(s.w);
  return { n: lstmNumbers(s.x, s.h, s.c, weights), steps: lstmStep(s.x, s.h, s.c, weights) };
}
