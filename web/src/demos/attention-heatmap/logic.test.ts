import { describe, expect, it } from "vitest";
import { decodeState, encodeState } from "../state";
import { EXAMPLES, SENTENCES, cellAlpha, compute, normalise, withExample } from "./logic";

describe("attention-heatmap", () => {
  it("starts on the fruit sentence, looking from its first word", () => {
    expect(normalise({})).toEqual({ example: "fruit", row: 0 });
  });

  it("has one vector of three numbers per word in every sentence", () => {
    for (const e of EXAMPLES) {
      const s = SENTENCES[e];
      expect(s.vectors).toHaveLength(s.words.length);
      s.vectors.forEach((v) => expect(v).toHaveLength(3));
      expect(s.words.length).toBeLessThanOrEqual(7);
    }
  });

  it("makes each row a softmax of dot products that adds up to 1", () => {
    for (const e of EXAMPLES) {
      const v = compute(normalise({ example: e }));
      const vecs = SENTENCES[e].vectors;
      v.weights.forEach((row, i) => {
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        const scores = vecs.map((k) => k.reduce((a, x, d) => a + x * vecs[i]![d]!, 0));
        const total = scores.reduce((a, s) => a + Math.exp(s), 0);
        row.forEach((w, j) => expect(w).toBeCloseTo(Math.exp(scores[j]!) / total, 12));
      });
    }
  });

  it("shows the designed pictures: colours look at colours, 'it' looks at the ball", () => {
    const fruit = compute(normalise({ example: "fruit" }));
    expect(fruit.weights[0]![3]).toBeGreaterThan(0.4);
    expect(fruit.weights[1]![4]).toBeGreaterThan(0.4);
    const ball = compute(normalise({ example: "ball" }));
    expect(ball.top[6]).toBe(3);
    const cat = compute(normalise({ example: "cat", row: 2 }));
    expect(cat.top[2]).toBe(2);
    expect(cat.steps[1]!.value).toBeCloseTo(0.65, 12);
  });

  it("clamps the row and resets it for a new sentence", () => {
    expect(normalise({ example: "fruit", row: 9 }).row).toBe(4);
    expect(normalise({ example: "nope" }).example).toBe("fruit");
    expect(withExample({ example: "fruit", row: 3 }, "ball")).toEqual({ example: "ball", row: 0 });
    expect(withExample({ example: "fruit", row: 3 }, "fruit").row).toBe(3);
  });

  it("round-trips through the URL", () => {
    const s = normalise({ example: "ball", row: 6 });
    expect(normalise({ ...s, ...decodeState(encodeState(s), s) })).toEqual(s);
  });

  it("shades brighter for more attention", () => {
    expect(cellAlpha(0)).toBe(0.04);
    expect(cellAlpha(1)).toBe(1);
    expect(cellAlpha(0.6)).toBeGreaterThan(cellAlpha(0.1));
  });
});
