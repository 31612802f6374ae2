/** Worked steps for the mean and the variance (mirrors fromzero/explain/stats.py). */
import { fmt, type Step } from "./steps";

function sumStep(values: readonly number[], what: string): Step {
  let total = 0;
  for (const v of values) total = total + v;
  return { text: `Add up all the ${what}.`, expr: `${values.map((v) => fmt(v)).join(" + ")} = ${fmt(total)}`, value: total };
}

export function mean(values: readonly number[]): Step[] {
  if (values.length === 0) throw new Error("The mean needs at least one number.");
  const sum = sumStep(values, "numbers");
  const m = sum.value / values.length;
  return [
    sum,
    { text: `Divide by how many numbers there are (${values.length}).`, expr: `${fmt(sum.value)} ÷ ${values.length} = ${fmt(m)}`, value: m },
  ];
}

export function variance(values: readonly number[]): Step[] {
  const steps = mean(values);
  const m = steps[steps.length - 1]!.value;
  const squares = values.map((v) => {
    const gap = v - m;
    const sq = gap * gap;
    steps.push({
      text: `How far is ${fmt(v)} from the mean? Multiply that gap by itself.`,
      expr: `${fmt(v)} − ${fmt(m)} = ${fmt(gap)}, ${fmt(gap)} × ${fmt(gap)} = ${fmt(sq)}`,
      value: sq,
    });
    return sq;
  });
  const sum = sumStep(squares, "squared gaps");
  steps.push(sum);
  const v = sum.value / values.length;
  steps.push({ text: `Divide by how many numbers there are (${values.length}).`, expr: `${fmt(sum.value)} ÷ ${values.length} = ${fmt(v)}`, value: v });
  return steps;
}

export function std(values: readonly number[]): Step[] {
  const steps = variance(values);
  const v = steps[steps.length - 1]!.value;
  const sd = Math.sqrt(v);
  steps.push({ text: "Take the square root of the variance.", expr: `√${fmt(v)} = ${fmt(sd)}`, value: sd });
  return steps;
}
