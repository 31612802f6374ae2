/** Worked steps for the points of a straight line (mirrors fromzero/explain/graphs.py). */
import { fmt, type Step } from "./steps";

export function linePoint(m: number, c: number, x: number): Step[] {
  const times = m * x;
  const y = times + c;
  return [
    { text: "Multiply x by the slope.", expr: `${fmt(m)} × ${fmt(x)} = ${fmt(times)}`, value: times },
    { text: "Add the starting height.", expr: `${fmt(times)} + ${fmt(c)} = ${fmt(y)}`, value: y },
    { text: "Go right by x and up by y to put the dot.", expr: `point (${fmt(x)}, ${fmt(y)})`, value: y },
  ];
}

export function lineTable(m: number, c: number, xs: readonly number[]): Step[] {
  if (xs.length === 0) throw new Error("line_table needs at least one x.");
  return xs.map((x) => {
    const y = m * x + c;
    return {
      text: `For x = ${fmt(x)}: slope times x, plus the starting height.`,
      expr: `${fmt(m)} × ${fmt(x)} + ${fmt(c)} = ${fmt(y)}, point (${fmt(x)}, ${fmt(y)})`,
      value: y,
    };
  });
}
