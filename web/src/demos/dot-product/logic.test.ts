import { describe, expect, it } from "vitest";
import { compute, normalise } from "./logic";

describe("dot-product", () => {
  it("starts at [1, 2, 3] and [4, 5, 6], always three numbers long", () => {
    expect(normalise({})).toEqual({ a: [1, 2, 3], b: [4, 5, 6] });
    expect(normalise({ a: [9], b: [1, 2, 3, 4] })).toEqual({ a: [6, 0, 0], b: [1, 2, 3] });
  });
  it("multiplies position by position, then adds", () => {
    const r = compute({ a: [1, 2, 3], b: [4, 5, 6] });
    expect(r.products).toEqual([4, 10, 18]);
    expect(r.total).toBe(32);
    expect(r.steps.at(-1)!.expr).toBe("4 + 10 + 18 = 32");
  });
});
