import { describe, expect, it } from "vitest";
import { MAX_T, cellText, compute, hidden, makeScores, newScores, normalise, setScore, shadeOf, withSize } from "./logic";

/** An 8 by 8 list whose top left 3 by 3 corner is the given rows (the rest 0). */
function corner(rows: number[][]): number[] {
  const out = new Array<number>(MAX_T * MAX_T).fill(0);
  rows.forEach((row, r) => row.forEach((x, c) => (out[r * MAX_T + c] = x)));
  return out;
}

const LESSON = corner([
  [1, 0, 1],
  [2, 1, 3],
  [3, 1, 4],
]);

describe("causal-mask", () => {
  it("hides every cell above the diagonal with −infinity", () => {
    const v = compute(normalise({ t: 3, scores: LESSON, scale: "off" }));
    expect(v.masked).toEqual([
      [1, -Infinity, -Infinity],
      [2, 1, -Infinity],
      [3, 1, 4],
    ]);
    expect(v.hiddenCount).toBe(3);
    expect(hidden(0, 1)).toBe(true);
    expect(hidden(1, 1)).toBe(false);
  });

  it("gives the masked cells a weight of exactly 0, and each row still adds up to 1", () => {
    const v = compute(normalise({ t: 3, scores: LESSON, scale: "off" }));
    expect(v.after[0]).toEqual([1, 0, 0]);
    expect(v.after[1]![2]).toBe(0);
    v.sums.forEach((s) => expect(s).toBeCloseTo(1, 12));
    expect(v.before[0]![1]).toBeGreaterThan(0);
    expect(v.after[2]).toEqual(v.before[2]); // the last row sees every word anyway
  });

  it("shows e^−infinity = 0 in the row's steps", () => {
    const v = compute(normalise({ t: 3, scores: LESSON, scale: "off", row: 1 }));
    expect(v.rowAfter[0]!.expr).toBe("e^1 + e^\u2212infinity + e^\u2212infinity = 2.7183 + 0 + 0 = 2.7183");
    expect(v.rowAfter[1]!.expr).toBe("2.7183 ÷ 2.7183 = 1, 0 ÷ 2.7183 = 0, 0 ÷ 2.7183 = 0");
  });

  it("divides by √d before the mask, and leaves the scores alone without it", () => {
    const on = compute(normalise({ t: 3, scores: LESSON, d: 16 }));
    expect(on.root).toBe(4);
    expect(on.scaled[2]).toEqual([0.75, 0.25, 1]);
    const off = compute(normalise({ t: 3, scores: LESSON, mask: "off", scale: "off" }));
    expect(off.masked).toEqual(off.raw);
    expect(off.hiddenCount).toBe(0);
    expect(off.after).toEqual(off.before);
  });

  it("makes the same seeded scores every time, and new ones on request", () => {
    expect(makeScores(3)).toEqual(makeScores(3));
    const s = normalise({ seed: 3 });
    expect(s.scores).toHaveLength(MAX_T * MAX_T);
    expect(s.scores.every((x) => x >= -3 && x <= 6 && Number.isInteger(x * 2))).toBe(true);
    const next = newScores(s);
    expect(next.seed).toBe(4);
    expect(next.scores).not.toEqual(s.scores);
  });

  it("keeps an edited score when T changes, and the picked row inside the table", () => {
    const s = setScore(normalise({ t: 8, row: 8 }), 1, 0, 7.3);
    expect(compute(s).raw[1]![0]).toBe(7.5);
    const small = withSize(s, 2);
    expect(small.row).toBe(2);
    expect(compute(small).raw[1]![0]).toBe(7.5);
  });

  it("fills gaps and clamps", () => {
    expect(normalise({ t: 50, d: 0, mask: "x", scale: "y" })).toMatchObject({ t: 8, d: 1, mask: "on", scale: "on", row: 1 });
    expect(cellText(-Infinity)).toBe("\u2212\u221e");
    expect(shadeOf(0)).toBe(0);
  });
});
