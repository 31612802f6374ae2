import { describe, expect, it } from "vitest";
import type { ModuleRow } from "../account/api";
import { dueText, formatMinutes, moduleStatus, utcOffsetMinutes } from "./logic";

const row = (over: Partial<ModuleRow>): ModuleRow => ({
  id: "m1.1-double",
  title: "Doubling",
  visited: false,
  exercises_passed: [],
  exercises_required: ["a", "b"],
  quiz_best: null,
  minutes: 0,
  complete: false,
  ...over,
});

describe("formatMinutes", () => {
  it("reads like a person would say it", () => {
    expect(formatMinutes(0)).toBe("none yet");
    expect(formatMinutes(7.5)).toBe("8 min");
    expect(formatMinutes(95)).toBe("1 h 35 min");
    expect(formatMinutes(120)).toBe("2 h");
  });
});

describe("moduleStatus", () => {
  it("says complete when complete", () => {
    expect(moduleStatus(row({ complete: true }))).toBe("Complete");
  });
  it("lists every step still to do", () => {
    expect(moduleStatus(row({}))).toBe("To do: read the lesson, pass 2 exercises, score 80 % on the quiz");
  });
  it("counts a quiz of 4/5 as enough and names the one missing exercise", () => {
    const r = row({ visited: true, exercises_passed: ["a"], quiz_best: { score: 4, total: 5 } });
    expect(moduleStatus(r)).toBe("To do: pass 1 exercise");
  });
});

describe("dueText", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  const card = (due: string) => ({ module: "m", question: "q1", box: 1, due, misses: 1 });
  it("says today, tomorrow or in N days", () => {
    expect(dueText(card("2026-11-27T08:00:00Z"), now)).toBe("today");
    expect(dueText(card("2026-11-28T08:00:00Z"), now)).toBe("tomorrow");
    expect(dueText(card("2026-12-01T13:00:00Z"), now)).toBe("in 5 days");
  });
});

describe("utcOffsetMinutes", () => {
  it("is the opposite sign of getTimezoneOffset", () => {
    const fake = { getTimezoneOffset: () => -120 } as Date;
    expect(utcOffsetMinutes(fake)).toBe(120);
  });
});
