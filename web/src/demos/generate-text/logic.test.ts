import { describe as group, expect, it } from "vitest";
import { START_PROMPT, codesOf, describe, normalise, request, requestKey, stepRows, textOf, withPrompt } from "./logic";

group("normalise", () => {
  it("starts from ROMEO: and temperature 0.8 with top-k and top-p off", () => {
    const s = normalise({});
    expect(textOf(s.codes)).toBe(START_PROMPT);
    expect(s).toMatchObject({ t: 0.8, k: 0, p: 1, length: 100, seed: 0 });
  });
  it("takes a lesson's prompt and settings, clamped and snapped", () => {
    const s = normalise({ prompt: "JULIET:\n", temperature: 5, top_k: 200, top_p: 0, length: 999, seed: -3 });
    expect(textOf(s.codes)).toBe("JULIET:\n");
    expect(s).toMatchObject({ t: 2, k: 76, p: 0.05, length: 300, seed: 0 });
  });
  it("keeps commas, colons and new lines in the prompt as codes (safe in the URL)", () => {
    const s = normalise({ codes: codesOf("a, b:\nc") });
    expect(textOf(s.codes)).toBe("a, b:\nc");
  });
  it("cuts a long prompt to 200 characters", () => {
    expect(withPrompt(normalise({}), "x".repeat(250)).codes).toHaveLength(200);
  });
});

group("the request", () => {
  it("is the body the server takes", () => {
    expect(request(normalise({ prompt: "KING:", t: 0.5, k: 10, p: 0.9, length: 50, seed: 7 }))).toEqual({
      prompt: "KING:",
      max_new_tokens: 50,
      temperature: 0.5,
      top_k: 10,
      top_p: 0.9,
      seed: 7,
    });
  });
  it("changes its key when any setting changes", () => {
    const s = normalise({});
    expect(requestKey(s)).toBe(requestKey(normalise({})));
    expect(requestKey({ ...s, seed: 1 })).not.toBe(requestKey(s));
  });
  it("says greedy at temperature 0 and lists the knobs that are on", () => {
    expect(describe(normalise({ t: 0 }))).toMatch(/^greedy/);
    expect(describe(normalise({ t: 0.7, p: 0.9, seed: 2 }))).toBe("temperature 0.7, top-p 0.9, seed 2");
  });
});

group("stepRows", () => {
  it("makes spaces and new lines visible and marks the chosen one", () => {
    const rows = stepRows([
      { char: " ", chance: 0.5, top5: [{ char: " ", chance: 0.5 }, { char: "\n", chance: 0.25 }] },
      { char: "q", chance: 0.01, top5: [{ char: "a", chance: 0.9 }] },
    ]);
    expect(rows[0]!.char).toBe("␣");
    expect(rows[0]!.top.map((c) => c.char)).toEqual(["␣", "↵"]);
    expect(rows[0]!.top[0]!.chosen).toBe(true);
    expect(rows[0]!.outside).toBe(false);
    expect(rows[1]!.outside).toBe(true);
  });
});
