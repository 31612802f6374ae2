import { describe, expect, it } from "vitest";
import { compute, normalise } from "./logic";

describe("overflow-nan", () => {
  it("clamps to whole numbers in range", () => {
    expect(normalise({ start: 400, times: 2.4 })).toEqual({ start: 308, times: 2 });
    expect(normalise({})).toEqual({ start: 306, times: 1 });
  });
  it("stays a number while it fits", () => {
    const r = compute({ start: 306, times: 2 });
    expect(r.last).toBe(1e308);
    expect(r.broke).toBe(false);
  });
  it("turns into infinity, then NaN", () => {
    const r = compute({ start: 306, times: 3 });
    expect(r.last).toBe(Infinity);
    expect(r.broke).toBe(true);
    expect(r.steps.at(-1)!.expr).toBe("infinity − infinity = NaN");
  });
});
