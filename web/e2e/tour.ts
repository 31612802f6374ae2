/**
 * A tour of one course part in a real browser: every module opens, one control of each demo
 * moves by keyboard and the numbers shown change (and Reset brings them back), one example
 * runs and prints what its golden output says, and nothing makes the page scroll sideways.
 * Each part's test file (partN.e2e.ts) names its demos' controls and calls visitPart.
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

/** What to check in one part: its number, how many modules it must have, which control to
 *  move in each demo (a slider's accessible name, "fill:NAME:TEXT" to type TEXT into the text
 *  box NAME, "click:NAME" to press the button NAME, or "check:NAME" to tick the radio button or
 *  check box NAME with the space bar; otherwise the demo's first slider),
 *  what a demo must then show (`expect`: a demo id -> text that must appear, e.g. a training
 *  run's "Finished"), and which modules to photograph. */
export interface PartTour {
  part: number;
  minModules: number;
  controls: Record<string, string>;
  expect?: Record<string, RegExp>;
  screenshots: string[];
}

export async function launch(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${BASE}${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The numbers a demo shows: its result lines, its worked steps and its pictures' descriptions. */
async function shown(demo: Locator): Promise<string> {
  const texts = await demo.locator(".result, .step-expr, .training-status").allInnerTexts();
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

export async function visitPart(browser: Browser, tour: PartTour, width: number, height: number, label: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const course = await getJson<Course>("/api/course");
  const part = course.parts.find((p) => p.number === tour.part)!;
  expect(part.modules.length).toBeGreaterThanOrEqual(tour.minModules);

  for (const mod of part.modules) {
    const lesson = await getJson<Lesson>(`/api/modules/${mod.id}`);
    await page.goto(`${BASE}/learn/${mod.id}`);
    await expect.poll(() => page.locator(".lesson-head h1").innerText(), { timeout: 30_000 }).toBe(lesson.title);

    // Every demo on the main path: move its control and see the numbers change.
    const ids = [...new Set(lesson.blocks.flatMap((b) => (b.kind === "demo" ? [b.demo] : [])))];
    expect(ids.length, mod.id).toBeGreaterThanOrEqual(2);
    for (const id of ids) {
      const demo = page.locator(`section[data-demo="${id}"]`).first();
      await demo.scrollIntoViewIfNeeded();
      const name = tour.controls[id];
      const typed = name?.startsWith("fill:") ? name.split(":") : null;  // fill:<name>:<text>
      const pressed = name?.startsWith("click:") ? name.slice("click:".length) : null;
      const ticked = name?.startsWith("check:") ? name.slice("check:".length) : null;
      const control = typed
        ? demo.getByRole("textbox", { name: typed[1], exact: true })
        : pressed
          ? demo.getByRole("button", { name: pressed, exact: true })
          : ticked
            ? demo.getByRole("radio", { name: ticked, exact: true }).or(demo.getByRole("checkbox", { name: ticked, exact: true }))
            : name
              ? demo.getByRole("slider", { name, exact: true })
              : demo.getByRole("slider").first();
      await expect.poll(() => control.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const before = await shown(demo);
      expect(before, `${mod.id} ${id}`).not.toBe("");
      if (typed) await control.first().fill(typed.slice(2).join(":"));
      else if (pressed) await control.first().press("Enter");  // by keyboard, like the sliders
      else if (ticked) await control.first().press("Space");
      else await nudge(page, control.first());
      // a pressed button may ask the server (a prediction, generated text): give it time
      await expect.poll(() => shown(demo), { timeout: pressed ? 60_000 : 5_000 }).not.toBe(before);
      const wanted = tour.expect?.[id];
      if (wanted) await expect.poll(() => shown(demo), { timeout: 120_000 }).toMatch(wanted);
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
    if (tour.screenshots.some((s) => mod.id.startsWith(s))) {
      await page.screenshot({ path: `${SHOTS}/part${tour.part}-${mod.id}-${label}.png`, fullPage: true });
    }
  }
  expect(errors).toEqual([]);
  await context.close();
}

/** The whole test file of one part: a browser, then the tour at laptop and at phone width. */
export function describeTour(title: string, tour: PartTour): void {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  describe(title, () => {
    it("every module and demo works on a laptop screen (1280 px)", async () => {
      await visitPart(browser, tour, 1280, 900, "1280");
    }, 600_000);
    it("every module and demo works on a phone screen (375 px)", async () => {
      await visitPart(browser, tour, 375, 812, "375");
    }, 600_000);
  });
}
