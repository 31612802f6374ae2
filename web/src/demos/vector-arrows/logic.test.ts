import { describe, expect, it } from "vitest";
import { compute, normalise, verdict } from "./logic";

describe("vector-arrows", () => {
  it("keeps two numbers per arrow", () => {
    expect(normalise({})).toEqual({ a: [3, 1], b: [1, 2] });
    expect(normalise({ a: [9, -9, 1] })).toEqual({ a: [4, -4], b: [1, 2] });
  });
  it("computes the dot product and the lengths", () => {
    const r = compute({ a: [3, 4], b: [1, 0] });
    expect(r.d).toBe(3);
    expect(r.lengthA).toBe(5);
    expect(r.lengthB).toBe(1);
  });
  it("reads the sign in words", () => {
    expect(verdict(0)).toMatch(/square corner/);
    expect(verdict(2)).toMatch(/same way/);
    expect(verdict(-2)).toMatch(/opposite/);
    expect(compute({ a: [1, 1], b: [-1, 1] }).words).toMatch(/square corner/);
  });
});
