/**
 * Worked steps for the LSTM of Part 7 (m7.3), mirroring fromzero/explain/lstm.py character for
 * character (checked by the golden tests).
 *
 * gate: a sigmoid of a weighted sum, from 0 (closed) to 1 (open).
 * lstmStep: one step of an LSTM with ONE hidden unit: the four gates, then c_new and h_new.
 * memoryAfter: a 1 at step 1, then zeros, fed to a plain RNN unit (memory = h) or an LSTM unit
 * (memory = the cell state c).
 *
 *   f = σ(w_f·x + u_f·h + b_f)      i = σ(w_i·x + u_i·h + b_i)
 *   g = tanh(w_g·x + u_g·h + b_g)   o = σ(w_o·x + u_o·h + b_o)
 *   c_new = f·c + i·g               h_new = o·tanh(c_new)
 */
import { sigmoid } from "./activations";
import { lastValue, neuronMulti } from "./neuron";
import { fmt, type Step } from "./steps";

export const GATES = ["f", "i", "g", "o"] as const;
export type GateName = (typeof GATES)[number];
export const GATE_NAMES: Record<GateName, string> = { f: "forget gate", i: "input gate", g: "candidate", o: "output gate" };

/** The twelve weights of a one-unit LSTM: w_ (times x), u_ (times the old h), b_ (bias) per gate. */
export const LSTM_KEYS = GATES.flatMap((g) => [`w_${g}`, `u_${g}`, `b_${g}`]);
export const RNN_KEYS = ["w_x", "w_h", "b"] as const;

export type Weights = Readonly<Record<string, number>>;

/** The RNN of the memory race (names as in m7.2): h = tanh(2·x + 0.8·h). */
export const RNN_MEMORY: Weights = { w_x: 2, w_h: 0.8, b: 0 };
/**
 * The LSTM of the memory race: the forget gate is almost open all the time (σ(5)); the input
 * gate opens only for x = 1 (σ(10·1 − 5) = σ(5)) and is almost shut for x = 0 (σ(−5)); the
 * candidate is tanh(3·x). The u weights are 0, so the gates do not look at h.
 */
export const LSTM_MEMORY: Weights = {
  w_f: 0, u_f: 0, b_f: 5,
  w_i: 10, u_i: 0, b_i: -5,
  w_g: 3, u_g: 0, b_g: 0,
  w_o: 0, u_o: 0, b_o: 0,
};

export const SHOW = ["h", "c", "f", "i", "g", "o"] as const;
export type LstmShow = (typeof SHOW)[number];

/** σ(z) = 1 / (1 + e^−z); 0 for a huge negative z, like the Python side. */
export function sigma(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function checkWeights(weights: Weights, keys: readonly string[], what: string): void {
  const missing = keys.filter((k) => !Object.hasOwn(weights, k));
  const extra = Object.keys(weights).filter((k) => !keys.includes(k));
  if (missing.length || extra.length) {
    throw new Error(
      `${what} needs exactly the weights ${keys.join(", ")}` +
        (missing.length ? `; missing ${missing.join(", ")}` : "") +
        (extra.length ? `; unknown ${extra.join(", ")}` : "") +
        ".",
    );
  }
}

/** A gate: weighted sum plus bias, squashed by the sigmoid. gate([1, 1], [1, 0.5], 0) -> 0.8176. */
export function gate(weights: readonly number[], inputs: readonly number[], bias: number): Step[] {
  const steps = neuronMulti(inputs, weights, bias);
  const squash = sigmoid(lastValue(steps));
  const out = lastValue(squash);
  return [...steps, ...squash, { text: "That is the gate: 0 means closed, 1 means open.", expr: `gate = ${fmt(out)}`, value: out }];
}

/** 'w × x + u × h + b = z' for one gate, added left to right like the Python side. */
export function preActivation(weights: Weights, name: GateName, x: number, h: number): [string, number] {
  const w = weights[`w_${name}`]!;
  const u = weights[`u_${name}`]!;
  const b = weights[`b_${name}`]!;
  const z = w * x + u * h + b;
  return [`${fmt(w)} × ${fmt(x)} + ${fmt(u)} × ${fmt(h)} + ${fmt(b)} = ${fmt(z)}`, z];
}

export type GateValues = Record<GateName, number>;

/** The four gate values for input x and old hidden state h. */
export function gateValues(weights: Weights, x: number, h: number): GateValues {
  const out = {} as GateValues;
  for (const name of GATES) {
    const z = preActivation(weights, name, x, h)[1];
    out[name] = name === "g" ? Math.tanh(z) : sigma(z);
  }
  return out;
}

/** Every number of one LSTM step, for demos that draw the flow. */
export interface LstmNumbers extends GateValues {
  keep: number;
  write: number;
  cNew: number;
  squashed: number;
  hNew: number;
}

export function lstmNumbers(x: number, h: number, c: number, weights: Weights): LstmNumbers {
  const g = gateValues(weights, x, h);
  const keep = g.f * c;
  const write = g.i * g.g;
  const cNew = keep + write;
  const squashed = Math.tanh(cNew);
  return { ...g, keep, write, cNew, squashed, hNew: g.o * squashed };
}

/**
 * One LSTM step with one hidden unit; the last value is h_new, or what `show` names
 * ("c" the new cell state, or one gate "f", "i", "g", "o": one extra step repeating it).
 */
export function lstmStep(x: number, h: number, c: number, weights: Weights, show: string = "h"): Step[] {
  checkWeights(weights, LSTM_KEYS, "lstm_step");
  if (!(SHOW as readonly string[]).includes(show)) throw new Error(`show must be one of ${SHOW.join(", ")}, not '${show}'.`);
  const steps: Step[] = [];
  const values = {} as GateValues;
  for (const name of GATES) {
    const [text, z] = preActivation(weights, name, x, h);
    const label = GATE_NAMES[name];
    steps.push({ text: `The ${label}: the input times its weight, plus the old h times its weight, plus the bias.`, expr: text, value: z });
    let v: number;
    if (name === "g") {
      v = Math.tanh(z);
      steps.push({ text: "Squash it with tanh (from \u22121 to 1): the candidate g.", expr: `g = tanh(${fmt(z)}) = ${fmt(v)}`, value: v });
    } else {
      v = sigma(z);
      steps.push({ text: `Squash it with sigmoid (from 0 to 1): the ${label} ${name}.`, expr: `${name} = σ(${fmt(z)}) = ${fmt(v)}`, value: v });
    }
    values[name] = v;
  }
  const keep = values.f * c;
  const write = values.i * values.g;
  const cNew = keep + write;
  const squashed = Math.tanh(cNew);
  const hNew = values.o * squashed;
  steps.push(
    { text: "Keep part of the old cell state: f times c.", expr: `${fmt(values.f)} × ${fmt(c)} = ${fmt(keep)}`, value: keep },
    { text: "Write part of the candidate: i times g.", expr: `${fmt(values.i)} × ${fmt(values.g)} = ${fmt(write)}`, value: write },
    { text: "Add them: the new cell state.", expr: `c_new = ${fmt(keep)} + ${fmt(write)} = ${fmt(cNew)}`, value: cNew },
    { text: "Squash the new cell state with tanh.", expr: `tanh(${fmt(cNew)}) = ${fmt(squashed)}`, value: squashed },
    { text: "Let the output gate say how much to show: the new hidden state.", expr: `h_new = ${fmt(values.o)} × ${fmt(squashed)} = ${fmt(hNew)}`, value: hNew },
  );
  if (show === "c") {
    steps.push({ text: "The value asked for: the new cell state.", expr: `c_new = ${fmt(cNew)}`, value: cNew });
  } else if (show !== "h") {
    const name = show as GateName;
    steps.push({ text: `The value asked for: the ${GATE_NAMES[name]}.`, expr: `${name} = ${fmt(values[name])}`, value: values[name] });
  }
  return steps;
}

export type MemoryKind = "rnn" | "lstm";

/** What each unit remembers after every step of "a 1, then zeros": h for the RNN, c for the LSTM. */
export function memoryTrace(kind: MemoryKind, steps: number, weights?: Weights): number[] {
  return memoryAfter(kind, steps, weights)
    .slice(0, -1)
    .map((s) => s.value);
}

/** A 1 at step 1, then zeros; one line per step; the last value is what is left. */
export function memoryAfter(kind: string, steps: number, weights?: Weights): Step[] {
  if (kind !== "rnn" && kind !== "lstm") throw new Error(`kind must be 'rnn' or 'lstm', not '${kind}'.`);
  if (!Number.isInteger(steps) || steps < 1 || steps > 200) throw new Error(`steps is a whole number from 1 to 200, not ${steps}.`);
  const w = weights ?? (kind === "rnn" ? RNN_MEMORY : LSTM_MEMORY);
  if (kind === "rnn") checkWeights(w, RNN_KEYS, "memory_after for an RNN");
  else checkWeights(w, LSTM_KEYS, "memory_after for an LSTM");
  const out: Step[] = [];
  let h = 0;
  let c = 0;
  for (let t = 1; t <= steps; t++) {
    const x = t === 1 ? 1 : 0;
    if (kind === "rnn") {
      const z = w.w_x! * x + w.w_h! * h + w.b!;
      const newH = Math.tanh(z);
      out.push({
        text: `Step ${t}: the input is ${x}. h = tanh(w_x × x + w_h × h + b).`,
        expr: `h = tanh(${fmt(w.w_x!)} × ${x} + ${fmt(w.w_h!)} × ${fmt(h)} + ${fmt(w.b!)}) = ${fmt(newH)}`,
        value: newH,
      });
      h = newH;
    } else {
      const g = gateValues(w, x, h);
      const newC = g.f * c + g.i * g.g;
      h = g.o * Math.tanh(newC);
      out.push({
        text: `Step ${t}: the input is ${x}. c = f × c + i × g.`,
        expr: `c = ${fmt(g.f)} × ${fmt(c)} + ${fmt(g.i)} × ${fmt(g.g)} = ${fmt(newC)}`,
        value: newC,
      });
      c = newC;
    }
  }
  const left = kind === "rnn" ? h : c;
  const name = kind === "rnn" ? "h" : "c";
  const where = kind === "rnn" ? "the RNN's hidden state" : "the LSTM's cell state";
  out.push({ text: `After ${steps} steps, this much of the 1 is left in ${where}.`, expr: `${name} = ${fmt(left)}`, value: left });
  return out;
}
