import { describe, expect, it } from "vitest";
import { summarise } from "./summary";

describe("summarise", () => {
  it("says not started for a module with no events", () => {
    expect(summarise(undefined, ["a", "b"])).toEqual({
      visited: false,
      passed: 0,
      total: 2,
      quiz: null,
      sentence: "Not started. 0 of 2 exercises passed.",
    });
  });
  it("counts only this module's exercises and shows the best quiz", () => {
    const s = summarise({ visited: true, passed: new Set(["a", "zzz"]), bestQuiz: { score: 5, total: 6 } }, ["a", "b", "c"]);
    expect(s.passed).toBe(1);
    expect(s.quiz).toBe("5/6");
    expect(s.sentence).toBe("Visited. 1 of 3 exercises passed. Best quiz score 5 of 6.");
  });
});
