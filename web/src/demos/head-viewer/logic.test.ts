import { describe, expect, it } from "vitest";
import { N_HEAD, N_LAYER, TEXTS, compute, distance, normalise, showChar } from "./logic";

describe("head-viewer", () => {
  it("has every layer and head of the real model", () => {
    expect(N_LAYER).toBe(4);
    expect(N_HEAD).toBe(4);
    expect(TEXTS[0]).toBe("To be, or not to be");
  });
  it("shows a triangle: character t looks only at characters 1..t, and each row adds up to 1", () => {
    for (let layer = 1; layer <= N_LAYER; layer++) {
      for (let head = 1; head <= N_HEAD; head++) {
        const v = compute(normalise({ layer, head }));
        v.weights.forEach((row, t) => {
          expect(row).toHaveLength(t + 1);
          expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 1);
        });
      }
    }
  });
  it("lists the chosen character's biggest weights, biggest first", () => {
    const v = compute(normalise({ layer: 1, head: 4, row: 10 }));
    expect(v.top).toHaveLength(3);
    expect(v.top[0]!.weight).toBeGreaterThanOrEqual(v.top[1]!.weight);
    expect(v.top[0]!.weight).toBe(Math.max(...v.weights[9]!));
  });
  it("finds a head's habit: how far back it looks most often", () => {
    const v = compute(normalise({ layer: 1, head: 4 }));
    expect(v.habit.rows).toBeGreaterThan(0);
    expect(v.offsets).toHaveLength(v.chars.length);
    expect(distance(0)).toBe("itself");
    expect(distance(1)).toBe("1 character back");
    expect(distance(3)).toBe("3 characters back");
  });
  it("clamps odd props and shows spaces and new lines", () => {
    expect(normalise({ text: 9, layer: 0, head: 7, row: 999 })).toEqual({ text: 2, layer: 1, head: 4, row: TEXTS[1]!.length });
    expect(showChar(" ")).toBe("␣");
    expect(showChar("\n")).toBe("↵");
  });
});
