/** Worked steps for matrix multiplication (mirrors fromzero/explain/matrices.py). */
import { fmt, type Step } from "./steps";

export type Matrix = readonly (readonly number[])[];

export function shape(m: Matrix): [number, number] {
  const first = m[0];
  if (!first || first.length === 0 || m.some((row) => row.length !== first.length)) {
    throw new Error("A matrix needs at least one row, and every row the same length.");
  }
  return [m.length, first.length];
}

function entry(a: Matrix, b: Matrix, i: number, j: number): Step {
  const pairs = b.map((row, k) => [a[i]![k]!, row[j]!] as const);
  let total = 0;
  for (const [x, y] of pairs) total = total + x * y;
  const expr = `${pairs.map(([x, y]) => `${fmt(x)} × ${fmt(y)}`).join(" + ")} = ${fmt(total)}`;
  return { text: `Row ${i + 1} of A times column ${j + 1} of B.`, expr, value: total };
}

function check(a: Matrix, b: Matrix): [number, number, number] {
  const [n, k] = shape(a);
  const [k2, p] = shape(b);
  if (k !== k2) {
    throw new Error(
      `A is ${n} by ${k} and B is ${k2} by ${p}: the rows of A need as many numbers as B has rows (${k} is not ${k2}).`,
    );
  }
  return [n, k, p];
}

export function matmul(a: Matrix, b: Matrix): Step[] {
  const [n, , p] = check(a, b);
  const steps: Step[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) steps.push(entry(a, b, i, j));
  const rows = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => steps[i * p + j]!.value));
  const text = `[${rows.map((row) => `[${row.map((v) => fmt(v)).join(", ")}]`).join(", ")}]`;
  steps.push({ text: `Put the answers in a ${n} by ${p} grid.`, expr: `A × B = ${text}`, value: rows[n - 1]![p - 1]! });
  return steps;
}

/** One answer of A × B: row `row` of A with column `col` of B (both counted from 1). */
export function matmulEntry(a: Matrix, b: Matrix, row: number, col: number): Step[] {
  const [n, , p] = check(a, b);
  if (!(row >= 1 && row <= n && col >= 1 && col <= p)) {
    throw new Error(`The answer grid is ${n} by ${p}: there is no row ${row}, column ${col}.`);
  }
  return [entry(a, b, Math.trunc(row) - 1, Math.trunc(col) - 1)];
}
