/** Worked steps for vectors (mirrors fromzero/explain/vectors.py). */
import { fmt, type Step } from "./steps";

export function dot(a: readonly number[], b: readonly number[]): Step[] {
  if (a.length !== b.length) {
    throw new Error(`The dot product needs two vectors of the same length: got ${a.length} and ${b.length}.`);
  }
  if (a.length === 0) throw new Error("The dot product needs at least one number in each vector.");
  const products = a.map((x, i) => x * b[i]!);
  const steps: Step[] = products.map((p, i) => ({
    text: `Multiply the numbers at position ${i + 1}.`,
    expr: `${fmt(a[i]!)} × ${fmt(b[i]!)} = ${fmt(p)}`,
    value: p,
  }));
  let total = 0;
  for (const p of products) total = total + p;
  steps.push({ text: "Add up all the products.", expr: `${products.map((p) => fmt(p)).join(" + ")} = ${fmt(total)}`, value: total });
  return steps;
}

export function vectorLength(v: readonly number[]): Step[] {
  if (v.length === 0) throw new Error("vector_length needs at least one number.");
  let total = 0;
  for (const x of v) total = total + x * x;
  const size = Math.sqrt(total);
  return [
    {
      text: "Multiply each number by itself and add them up.",
      expr: `${v.map((x) => `${fmt(x)} × ${fmt(x)}`).join(" + ")} = ${fmt(total)}`,
      value: total,
    },
    { text: "Take the square root.", expr: `√${fmt(total)} = ${fmt(size)}`, value: size },
  ];
}
