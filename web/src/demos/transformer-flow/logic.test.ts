import { describe, expect, it } from "vitest";
import { layerNormNumbers } from "../../explain";
import { W_1, W_2, attend, compute, normalise, run, shade, softmaxRow, swapChanges } from "./logic";

describe("transformer-flow", () => {
  it("starts pre-norm, with positions, in the order dog bites man", () => {
    const s = normalise({});
    expect(s).toEqual({ order: "pre", positions: "on", swap: "no" });
    expect(compute(s).flow.words).toEqual(["dog", "bites", "man"]);
    expect(normalise({ order: "sideways", swap: "yes" })).toEqual({ order: "pre", positions: "on", swap: "yes" });
  });
  it("has a feed-forward layer 4 times wider inside", () => {
    expect(W_1).toHaveLength(4);
    expect(W_1[0]).toHaveLength(16);
    expect(W_2).toHaveLength(16);
    expect(W_2[0]).toHaveLength(4);
  });
  it("gives attention weights that add up to 1 in every row", () => {
    const { weights } = attend([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]);
    for (const row of weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(softmaxRow([0, 0])).toEqual([0.5, 0.5]);
  });
  it("shows 8 stages in either order, ending in the block output", () => {
    for (const order of ["pre", "post"] as const) {
      const f = run(order, true, false);
      expect(f.stages).toHaveLength(8);
      expect(f.stages.at(-1)!.rows).toEqual(f.output);
    }
  });
  it("post-norm ends on a norm: every output row has mean 0", () => {
    const f = run("post", true, false);
    for (const row of f.output) expect(layerNormNumbers(row).mean).toBeCloseTo(0, 12);
  });
  it("pre-norm's output is x plus what the block added (the residual path)", () => {
    const f = run("pre", true, false);
    const byId = Object.fromEntries(f.stages.map((s) => [s.id, s.rows]));
    expect(byId.add1![0]![0]).toBeCloseTo(byId.positions![0]![0]! + byId.attention![0]![0]!, 12);
  });
  it("without positions, swapping dog and man only moves the rows", () => {
    for (const order of ["pre", "post"] as const) {
      expect(swapChanges(order, false).every((c) => c.same)).toBe(true);
      const a = run(order, false, false);
      const b = run(order, false, true);
      // the weights of "bites" are the same set, in swapped places
      expect(b.weights[1]![0]).toBeCloseTo(a.weights[1]![2]!, 12);
      expect(b.weights[1]![2]).toBeCloseTo(a.weights[1]![0]!, 12);
    }
  });
  it("with positions, swapping changes what each word becomes", () => {
    for (const order of ["pre", "post"] as const) {
      const changes = swapChanges(order, true);
      expect(changes.some((c) => !c.same)).toBe(true);
    }
  });
  it("colours positive blue and negative orange, 0 plain", () => {
    expect(shade(0).background).toBe("var(--paper)");
    expect(shade(1).background).toContain("37, 99, 235");
    expect(shade(-3)).toEqual({ background: "rgba(217, 72, 15, 0.85)", dark: true });
  });
});
