/**
 * Part 4, "Neural networks: multiple neurons", in a real browser at 1280 px and 375 px: every module
 * opens, one control of each demo moves by keyboard and the numbers shown change, one example
 * runs and prints what its golden output says, and nothing makes the page scroll sideways.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, Lesson } from "../src/client";

const BASE = (process.env.FROMZERO_URL ?? "http://127.0.0.1:8765").replace(/\/$/, "");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = resolve(dirname(fileURLToPath(import.meta.url)), "../test-results");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"];

/** The control to move in each Part 4 demo: one whose change shows in the demo's numbers. */
const CONTROL: Record<string, string> = {
  "xor-line": "weight 1",
  "network-flow": "input 1",
  "layer-flow": "input 1",
  "neuron-heatmap": "weight 1",
  "chain-gears": "push A by",
  "chain-nudge": "a",
  "backprop-flow": "w1 (input to hidden)",
  "backprop-train": "learning rate",
  "value-graph": "a",
  "net-playground": "neurons per hidden layer",
};

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
});

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${BASE}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The numbers a demo shows: its result lines, its worked steps and its pictures' descriptions. */
async function shown(demo: Locator): Promise<string> {
  const texts = await demo.locator(".result, .step-expr").allInnerTexts();
  const labels = await demo.locator("svg[aria-label]").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
  return [...texts, ...labels].join(" | ");
}

/** Move one slider a notch by keyboard (right, or left when it is already at its top). */
async function nudge(page: Page, slider: Locator): Promise<void> {
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  if ((await slider.inputValue()) === before) await page.keyboard.press("ArrowLeft");
  expect(await slider.inputValue()).not.toBe(before);
}

async function visitPart4(width: number, height: number, label: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const course = await getJson<Course>("/api/course");
  const part4 = course.parts.find((p) => p.number === 4)!;
  expect(part4.modules.length).toBeGreaterThanOrEqual(7);

  for (const mod of part4.modules) {
    const lesson = await getJson<Lesson>(`/api/modules/${mod.id}`);
    await page.goto(`${BASE}/learn/${mod.id}`);
    await expect.poll(() => page.locator(".lesson-head h1").innerText(), { timeout: 30_000 }).toBe(lesson.title);

    // Every demo on the main path: move its control and see the numbers change.
    const ids = [...new Set(lesson.blocks.flatMap((b) => (b.kind === "demo" ? [b.demo] : [])))];
    expect(ids.length, mod.id).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const demo = page.locator(`section[data-demo="${id}"]`).first();
      await demo.scrollIntoViewIfNeeded();
      const name = CONTROL[id];
      const slider = name ? demo.getByRole("slider", { name, exact: true }) : demo.getByRole("slider").first();
      await expect.poll(() => slider.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const before = await shown(demo);
      expect(before, `${mod.id} ${id}`).not.toBe("");
      await nudge(page, slider.first());
      await expect.poll(() => shown(demo), { timeout: 5_000 }).not.toBe(before);
      // Reset brings the first numbers back.
      await demo.getByRole("button", { name: "Reset" }).click();
      await expect.poll(() => shown(demo), { timeout: 5_000 }).toBe(before);
    }

    // One example runs and prints its golden output.
    const code = lesson.blocks.find((b) => b.kind === "code");
    expect(code, mod.id).toBeTruthy();
    if (code && code.kind === "code") {
      const block = page.locator(`section[data-code="${code.id}"]`).first();
      await block.scrollIntoViewIfNeeded();
      await block.getByRole("button", { name: "Run" }).click();
      await expect.poll(() => block.locator(".output-done").count(), { timeout: 60_000 }).toBe(1);
      const printed = (await block.locator(".output-stdout").allInnerTexts()).join("");
      const firstLine = (code.expected_output ?? "").split("\n").find((l) => l.trim() !== "") ?? "";
      expect(printed).toContain(firstLine.trim());
    }

    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${mod.id} at ${label}`).toBeLessThanOrEqual(width);
    if (mod.id.startsWith("m4.5") || mod.id.startsWith("m4.7")) await page.screenshot({ path: `${SHOTS}/part4-${mod.id}-${label}.png`, fullPage: true });
  }
  expect(errors).toEqual([]);
  await context.close();
}

describe("Part 4: neural networks", () => {
  it("every module and demo works on a laptop screen (1280 px)", async () => {
    await visitPart4(1280, 900, "1280");
  }, 600_000);

  it("every module and demo works on a phone screen (375 px)", async () => {
    await visitPart4(375, 812, "375");
  }, 600_000);
});
