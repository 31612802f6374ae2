import { describe, expect, it } from "vitest";
import { EMBEDDINGS, WIDTH, compute, nextSeed, normalise, rows, shade, weightsFor } from "./logic";

describe("multi-head", () => {
  it("splits the width of 8 into heads of 8 ÷ heads numbers", () => {
    for (const heads of [1, 2, 4]) {
      const v = compute(normalise({ heads, tokens: 4 }));
      expect(v.size).toBe(WIDTH / heads);
      expect(v.heads).toHaveLength(heads);
      for (const hn of v.heads) expect(hn.outputs[0]).toHaveLength(WIDTH / heads);
    }
  });
  it("glues the heads' outputs into one list of 8 numbers, in head order", () => {
    const v = compute(normalise({ heads: 4, tokens: 3, token: 2 }));
    expect(v.glued[1]).toEqual([...v.heads[0]!.outputs[1]!, ...v.heads[1]!.outputs[1]!, ...v.heads[2]!.outputs[1]!, ...v.heads[3]!.outputs[1]!]);
    expect(v.final[1]).toHaveLength(WIDTH);
    expect(v.concatSteps.at(-1)!.value).toBe(WIDTH);
  });
  it("gives every head its own weight table, each row adding up to 1", () => {
    const v = compute(normalise({ heads: 2, tokens: 5 }));
    for (const hn of v.heads) for (const row of hn.weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(v.heads[0]!.weights).not.toEqual(v.heads[1]!.weights);
  });
  it("gives each head its own rows of W_q, and makes W_o times the glued list (as in m8.2)", () => {
    const w = weightsFor(1);
    expect(rows(w.w_q, 4, 8)).toEqual(w.w_q.slice(4, 8));
    const v = compute(normalise({ heads: 2, tokens: 3, seed: 1 }));
    const x = EMBEDDINGS[0]!;
    const q2 = w.w_q.slice(4, 8).map((row) => row.reduce((t, a, i) => t + a * x[i]!, 0));
    v.heads[1]!.q[0]!.forEach((n, i) => expect(n).toBeCloseTo(q2[i]!, 12));
    const g = v.glued[0]!;
    const out = w.w_o.map((row) => row.reduce((t, a, i) => t + a * g[i]!, 0));
    v.final[0]!.forEach((n, i) => expect(n).toBeCloseTo(out[i]!, 12));
  });
  it("keeps the parameter count the same for any number of heads", () => {
    expect(compute(normalise({ heads: 1 })).params).toBe(288);
    expect(compute(normalise({ heads: 4 })).params).toBe(288);
  });
  it("draws the same weights for the same seed and new ones for the next", () => {
    expect(weightsFor(5)).toEqual(weightsFor(5));
    expect(weightsFor(5).w_q).not.toEqual(weightsFor(nextSeed(5)).w_q);
    expect(EMBEDDINGS).toHaveLength(5);
    expect(nextSeed(999)).toBe(1);
  });
  it("clamps odd props", () => {
    expect(normalise({ heads: 3, tokens: 9, token: 7, seed: -4 })).toEqual({ heads: 2, tokens: 5, token: 5, seed: 1 });
    expect(shade(1.5)).toBe(100);
    expect(shade(0.25)).toBe(25);
  });
});
