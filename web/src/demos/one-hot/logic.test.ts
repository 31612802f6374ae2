import { describe, expect, it } from "vitest";
import { compute, normalise, withClasses } from "./logic";

describe("one-hot", () => {
  it("starts at label 3 of 10 classes", () => {
    expect(normalise({})).toEqual({ label: 3, classes: 10 });
  });
  it("puts a single 1 at the label's position", () => {
    const v = compute({ label: 3, classes: 10 });
    expect(v.list).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(v.list.reduce((a, b) => a + b, 0)).toBe(1);
    expect(v.before).toBe(3);
    expect(v.after).toBe(6);
  });
  it("shows the same list in its steps", () => {
    const v = compute({ label: 1, classes: 2 });
    expect(v.steps.map((s) => s.expr)).toEqual(["[0, 0]", "[0, 1]"]);
  });
  it("clamps classes to 2..10 and the label into range", () => {
    expect(normalise({ label: 12, classes: 40 })).toEqual({ label: 9, classes: 10 });
    expect(normalise({ label: -1, classes: 1 })).toEqual({ label: 0, classes: 2 });
    expect(normalise({ label: "2", classes: "5" })).toEqual({ label: 2, classes: 5 });
  });
  it("moves the label down when the classes shrink below it", () => {
    expect(withClasses({ label: 7, classes: 10 }, 4)).toEqual({ label: 3, classes: 4 });
    expect(withClasses({ label: 1, classes: 10 }, 4)).toEqual({ label: 1, classes: 4 });
  });
});
