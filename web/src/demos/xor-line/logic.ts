/** One neuron draws one straight line: it can split AND and OR, but never XOR. */
import { fmt, paren } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Can one line split the points?";

export const GATES = ["and", "or", "xor"] as const;
export type Gate = (typeof GATES)[number];

export type XorLineState = { gate: Gate; w1: number; w2: number; b: number };

export const WEIGHT: Range = { min: -3, max: 3, step: 0.1 };
export const BIAS: Range = { min: -3, max: 3, step: 0.1 };

/** The four corners and the answer each gate wants there. */
export const CORNERS: readonly (readonly [number, number])[] = [[0, 0], [0, 1], [1, 0], [1, 1]];
export const TARGETS: Record<Gate, readonly number[]> = {
  and: [0, 0, 0, 1],
  or: [0, 1, 1, 1],
  xor: [0, 1, 1, 0],
};

export function normalise(p: Record<string, unknown>): XorLineState {
  return {
    gate: choiceProp(p.gate, GATES, "xor"),
    w1: clamp(numberProp(p.w1, 1), WEIGHT.min, WEIGHT.max),
    w2: clamp(numberProp(p.w2, 1), WEIGHT.min, WEIGHT.max),
    b: clamp(numberProp(p.b, -0.5), BIAS.min, BIAS.max),
  };
}

export interface Verdict {
  x1: number;
  x2: number;
  total: number;
  says: number;
  wants: number;
  right: boolean;
  expr: string;
}

/** The neuron says 1 when x1 × w1 + x2 × w2 + b is above 0, else 0. */
export function says(s: XorLineState, x1: number, x2: number): number {
  return x1 * s.w1 + x2 * s.w2 + s.b > 0 ? 1 : 0;
}

export function verdicts(s: XorLineState): Verdict[] {
  return CORNERS.map(([x1, x2], i) => {
    const total = x1 * s.w1 + x2 * s.w2 + s.b;
    const out = total > 0 ? 1 : 0;
    const wants = TARGETS[s.gate][i]!;
    return {
      x1,
      x2,
      total,
      says: out,
      wants,
      right: out === wants,
      expr: `${x1} × ${paren(s.w1)} + ${x2} × ${paren(s.w2)} + ${paren(s.b)} = ${fmt(total)}`,
    };
  });
}

export function score(s: XorLineState): number {
  return verdicts(s).filter((v) => v.right).length;
}

/** Best score any line can reach: 4 for AND and OR, only 3 for XOR. */
export function bestPossible(gate: Gate): number {
  let best = 0;
  for (let w1 = -3; w1 <= 3; w1 += 0.5) {
    for (let w2 = -3; w2 <= 3; w2 += 0.5) {
      for (let b = -3; b <= 3; b += 0.25) {
        best = Math.max(best, score({ gate, w1, w2, b }));
      }
    }
  }
  return best;
}

/** Small squares over −0.5..1.5 on both axes, each coloured by what the neuron says there. */
export function regions(s: XorLineState, n = 24): { x1: number; x2: number; says: number }[] {
  const cells = [];
  const size = 2 / n;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x1 = -0.5 + (i + 0.5) * size;
      const x2 = -0.5 + (j + 0.5) * size;
      cells.push({ x1, x2, says: says(s, x1, x2) });
    }
  }
  return cells;
}
