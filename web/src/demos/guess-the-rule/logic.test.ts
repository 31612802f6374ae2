import { describe, expect, it } from "vitest";
import { SECRETS, compute, normalise, outputFor } from "./logic";

describe("guess-the-rule", () => {
  it("starts with no guess made", () => {
    expect(normalise({})).toEqual({ machine: 2, x: 1, guess: -1 });
    expect(compute(normalise({})).right).toBeNull();
  });
  it("each hidden rule gives the output its words say", () => {
    expect(SECRETS.map((_, i) => outputFor(i, 4))).toEqual([12, 8, 9, 16, 5, 2]);
  });
  it("says right or wrong, and only then shows the steps", () => {
    expect(compute({ machine: 2, x: 3, guess: 2 }).right).toBe(true);
    expect(compute({ machine: 2, x: 3, guess: 0 }).right).toBe(false);
    expect(compute({ machine: 2, x: 3, guess: 2 }).steps.at(-1)!.value).toBe(7);
  });
});
