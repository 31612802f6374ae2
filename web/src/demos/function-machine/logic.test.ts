import { describe, expect, it } from "vitest";
import { compute, normalise, rules } from "./logic";

describe("function-machine", () => {
  it("starts as 'double the input'", () => {
    const s = normalise({});
    expect(s).toEqual({ x: 3, op1: "mul", n1: 2, op2: "none", n2: 1 });
    expect(compute(s).output).toBe(6);
  });
  it("ignores unknown rules and clamps numbers", () => {
    expect(normalise({ op1: "explode", n1: 99 })).toMatchObject({ op1: "mul", n1: 10 });
  });
  it("chains two rules in order", () => {
    const s = normalise({ x: 3, op1: "mul", n1: 2, op2: "add", n2: 1 });
    expect(rules(s)).toEqual(["× 2", "+ 1"]);
    expect(compute(s).steps.map((t) => t.expr)).toEqual(["input = 3", "3 × 2 = 6", "6 + 1 = 7", "output = 7"]);
  });
});
