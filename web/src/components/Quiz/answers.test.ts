import { describe, expect, it } from "vitest";
import type { QuizQuestion } from "../../client";
import { buildAnswers, parseNumber } from "./answers";

const q = (id: string, kind: QuizQuestion["kind"]): QuizQuestion => ({ id, kind, prompt_html: "", code: null, choices: null });

describe("quiz answers", () => {
  it("reads numbers the way people type them", () => {
    expect(parseNumber("3.5")).toBe(3.5);
    expect(parseNumber(" \u22122 ")).toBe(-2);
    expect(parseNumber("0,88")).toBe(0.88);
    expect(parseNumber(".5")).toBe(0.5);
    expect(parseNumber("three")).toBeNull();
  });
  it("sends numeric answers as numbers and choices as ids, skipping blanks", () => {
    expect(buildAnswers([q("q1", "choice"), q("q2", "numeric"), q("q3", "numeric")], { q1: "b", q2: "3.5", q3: "" })).toEqual({ q1: "b", q2: 3.5 });
  });
  it("passes unreadable numbers through so the server can say what is wrong", () => {
    expect(buildAnswers([q("q2", "numeric")], { q2: "abc" })).toEqual({ q2: "abc" });
  });
});
