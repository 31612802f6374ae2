import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CONCEPTS, explain, fmt } from "./index";

const here = dirname(fileURLToPath(import.meta.url));
const GOLDEN_DIR = resolve(here, "../../../tests/golden/explain");

interface GoldenStep {
  text: string;
  expr: string;
  value: number | string;
}
interface GoldenCase {
  inputs: Record<string, unknown>;
  steps: GoldenStep[];
}

/** JSON has no infinity: the Python side writes such values as their fmt() text. */
function goldenValue(v: number | string): number {
  if (typeof v === "number") return v;
  if (v === "infinity") return Infinity;
  if (v === "\u2212infinity") return -Infinity;
  if (v === "NaN") return NaN;
  throw new Error(`unexpected value ${v}`);
}

// Python may know more concepts than this mirror (later parts add theirs); every concept the
// mirror has must have a golden file, and each is checked case by case.
const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith(".json") && Object.hasOwn(CONCEPTS, f.replace(/\.json$/, "")));

describe("golden files", () => {
  it("exist for every mirrored concept", () => {
    const concepts = files.map((f) => f.replace(/\.json$/, "")).sort();
    expect(concepts).toEqual(Object.keys(CONCEPTS).sort());
  });

  for (const file of files) {
    const concept = file.replace(/\.json$/, "");
    const cases = JSON.parse(readFileSync(join(GOLDEN_DIR, file), "utf-8")) as GoldenCase[];
    describe(concept, () => {
      for (const c of cases) {
        it(`matches Python for ${JSON.stringify(c.inputs)}`, () => {
          const steps = explain(concept, c.inputs);
          expect(steps.map((s) => s.text)).toEqual(c.steps.map((s) => s.text));
          expect(steps.map((s) => s.expr)).toEqual(c.steps.map((s) => s.expr));
          steps.forEach((s, i) => {
            const want = goldenValue(c.steps[i]!.value);
            if (Number.isFinite(want)) expect(Math.abs(s.value - want)).toBeLessThanOrEqual(1e-12);
            else expect(s.value).toBe(want);
          });
        });
      }
    });
  }
});

describe("fmt", () => {
  it("drops trailing zeros", () => expect(fmt(2.5)).toBe("2.5"));
  it("keeps four decimals", () => expect(fmt(1 / 3)).toBe("0.3333"));
  it("rounds half away from zero on the exact binary value", () => {
    expect(fmt(0.00015)).toBe("0.00015");
    expect(fmt(1.00005)).toBe("1.0001"); // 1.00005 is stored a little above
    expect(fmt(2.00005)).toBe("2"); // 2.00005 is stored a little below
    expect(fmt(-0.125, 2)).toBe("\u22120.13");
  });
  it("keeps three significant digits for tiny numbers", () => {
    expect(fmt(0.0000454)).toBe("0.0000454");
    expect(fmt(-0.000123456)).toBe("\u22120.000123");
  });
  it("writes minus as U+2212 and never shows −0", () => {
    expect(fmt(-3)).toBe("\u22123");
    expect(fmt(-0)).toBe("0");
    expect(fmt(-1e-13)).toBe("0");
  });
  it("names the special values", () => {
    expect(fmt(NaN)).toBe("NaN");
    expect(fmt(Infinity)).toBe("infinity");
    expect(fmt(-Infinity)).toBe("\u2212infinity");
  });
  it("prints huge whole numbers in full", () => expect(fmt(1e21)).toBe("1000000000000000000000"));
});
