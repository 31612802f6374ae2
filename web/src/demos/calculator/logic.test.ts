import { describe, expect, it } from "vitest";
import { compute, normalise, press } from "./logic";

describe("calculator", () => {
  it("starts with a sum that needs the order of operations", () => {
    expect(normalise({})).toEqual({ sum: "2 + 3 × 4" });
    expect(normalise({ sum: "1,2:3;4" })).toEqual({ sum: "1234" });
  });
  it("does times before plus, and says so", () => {
    const r = compute({ sum: "2 + 3 × 4" });
    expect(r.ok && r.answer).toBe(14);
    expect(r.ok && r.steps.map((s) => s.expr)).toEqual(["3 × 4 = 12", "2 + 12 = 14", "2 + 3 × 4 = 14"]);
  });
  it("explains a sum it cannot work out instead of crashing", () => {
    const r = compute({ sum: "1 ÷ 0" });
    expect(r).toEqual({ ok: false, message: "You cannot divide by 0." });
    const bad = compute({ sum: "2 +" });
    expect(bad.ok).toBe(false);
  });
  it("never runs the text as code", () => {
    const r = compute({ sum: "alert(1)" });
    expect(r.ok).toBe(false);
  });
  it("adds keys to the sum", () => {
    expect(press({ sum: "2" }, "×").sum).toBe("2 × ");
    expect(press({ sum: "2 × " }, "√").sum).toBe("2 × √");
  });
});
