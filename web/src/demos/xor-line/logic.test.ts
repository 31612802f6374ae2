import { describe, expect, it } from "vitest";
import { bestPossible, normalise, regions, score, verdicts } from "./logic";

describe("xor-line", () => {
  it("starts on XOR with a line that gets 3 of 4 right", () => {
    const s = normalise({});
    expect(s.gate).toBe("xor");
    expect(score(s)).toBe(3);
  });
  it("shows every corner's sum", () => {
    const v = verdicts(normalise({ w1: 1, w2: 1, b: -1.5, gate: "and" }));
    expect(v.map((x) => x.says)).toEqual([0, 0, 0, 1]);
    expect(v[3]!.expr).toBe("1 × 1 + 1 × 1 + (−1.5) = 0.5");
    expect(score(normalise({ w1: 1, w2: 1, b: -1.5, gate: "and" }))).toBe(4);
  });
  it("finds lines for AND and OR but none for XOR", () => {
    expect(bestPossible("and")).toBe(4);
    expect(bestPossible("or")).toBe(4);
    expect(bestPossible("xor")).toBe(3);
  });
  it("colours the regions by the neuron's answer", () => {
    const cells = regions(normalise({ w1: 1, w2: 0, b: -0.5 }), 4);
    expect(cells).toHaveLength(16);
    expect(cells.filter((c) => c.says === 1)).toHaveLength(8);
  });
  it("clamps wild values and unknown gates", () => {
    const s = normalise({ w1: 99, gate: "nand" });
    expect(s.w1).toBe(3);
    expect(s.gate).toBe("xor");
  });
});
