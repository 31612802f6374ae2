import { describe, expect, it } from "vitest";
import { compute, curve, normalise } from "./logic";

describe("log-explorer", () => {
  it("starts at log base 2 of 8", () => {
    expect(normalise({})).toEqual({ x: 8, base: "2" });
    expect(normalise({ base: "7", x: 1000 })).toEqual({ x: 100, base: "2" });
  });
  it("counts the divisions", () => {
    expect(compute({ x: 8, base: "2" }).answer).toBe(3);
    expect(compute({ x: 100, base: "10" }).answer).toBe(2);
    expect(compute({ x: 8, base: "2" }).steps[0]!.expr).toBe("8 ÷ 2 = 4");
  });
  it("undoes e to the power for base e", () => {
    const r = compute({ x: 20, base: "e" });
    expect(r.back.at(-1)!.value).toBeCloseTo(20, 9);
  });
  it("draws the same function", () => {
    for (const [x, y] of curve("10").filter((_, i) => i % 50 === 0)) {
      expect(y).toBeCloseTo(compute({ x, base: "10" }).answer, 9);
    }
  });
});
