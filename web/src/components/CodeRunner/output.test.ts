import { describe, expect, it } from "vitest";
import { EMPTY_OUTPUT, addEvent, printed, sameOutput } from "./output";

describe("run output", () => {
  it("joins consecutive text of one kind and keeps stderr apart", () => {
    let o = addEvent(EMPTY_OUTPUT, { kind: "stdout", text: "a\n" });
    o = addEvent(o, { kind: "stdout", text: "b\n" });
    o = addEvent(o, { kind: "stderr", text: "oops\n" });
    expect(o.items).toEqual([
      { kind: "stdout", text: "a\nb\n" },
      { kind: "stderr", text: "oops\n" },
    ]);
    expect(printed(o)).toBe("a\nb\n");
  });
  it("keeps figures and the done message", () => {
    let o = addEvent(EMPTY_OUTPUT, { kind: "figure", png: "AAA" });
    o = addEvent(o, { kind: "done", status: "wall-time-limit", message: "Stopped after 5 seconds." });
    expect(o.items).toEqual([{ kind: "figure", png: "AAA" }]);
    expect(o.done).toEqual({ status: "wall-time-limit", message: "Stopped after 5 seconds." });
  });
  it("writes a metric as words", () => {
    const o = addEvent(EMPTY_OUTPUT, { kind: "metric", step: 3, loss: 0.25 });
    expect(o.items).toEqual([{ kind: "metric", text: "step 3, loss 0.25" }]);
  });
  it("compares outputs ignoring trailing spaces", () => {
    expect(sameOutput("3.5  \n", "3.5\n")).toBe(true);
    expect(sameOutput("3.5\n", "2.5\n")).toBe(false);
  });
});
