import { describe, expect, it } from "vitest";
import { Y_DOMAIN, compute, line } from "./logic";

describe("neuron-graph", () => {
  it("draws the line through both ends of the input range", () => {
    expect(line({ x: 5, w: 0.5, b: 1 })).toEqual([[0, 1], [10, 6]]);
  });
  it("puts the dot on the line", () => {
    const s = { x: 4, w: -1.5, b: 2 };
    expect(compute(s).output).toBe(4 * -1.5 + 2);
  });
  it("keeps every possible line inside the axes", () => {
    expect(Y_DOMAIN).toEqual([-22, 22]);
  });
});
