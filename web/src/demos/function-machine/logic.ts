/** A function machine: a number goes in, two rules work on it, and a number comes out. */
import { lastValue, machine, type Sign, type Step } from "../../explain";
import { choiceProp, clamp, numberProp, type Range } from "../state";

export const TITLE = "Function machine";

export const OPS = ["add", "sub", "mul", "div", "none"] as const;
export type Op = (typeof OPS)[number];
export const OP_LABELS: Record<Op, string> = { add: "+ add", sub: "− take away", mul: "× multiply", div: "÷ divide", none: "do nothing" };
const SIGN: Record<Exclude<Op, "none">, Sign> = { add: "+", sub: "−", mul: "×", div: "÷" };

export type MachineState = { x: number; op1: Op; n1: number; op2: Op; n2: number };

export const X: Range = { min: -10, max: 10, step: 0.5 };
export const N: Range = { min: 1, max: 10, step: 0.5 };

export function normalise(p: Record<string, unknown>): MachineState {
  return {
    x: clamp(numberProp(p.x, 3), X.min, X.max),
    op1: choiceProp(p.op1, OPS, "mul"),
    n1: clamp(numberProp(p.n1, 2), N.min, N.max),
    op2: choiceProp(p.op2, OPS, "none"),
    n2: clamp(numberProp(p.n2, 1), N.min, N.max),
  };
}

/** The rules the machine follows, as the explain function reads them: ["× 2", "+ 1"]. */
export function rules(s: MachineState): string[] {
  const out: string[] = [];
  if (s.op1 !== "none") out.push(`${SIGN[s.op1]} ${s.n1}`);
  if (s.op2 !== "none") out.push(`${SIGN[s.op2]} ${s.n2}`);
  return out;
}

export function compute(s: MachineState): { steps: Step[]; output: number; rule: string } {
  const r = rules(s);
  const steps = machine(s.x, r);
  return { steps, output: lastValue(steps), rule: r.length ? `input ${r.join(", then ")}` : "input, unchanged" };
}
