/**
 * The walking skeleton's key path, as a learner would take it, at 1280 px and at 375 px:
 * map -> lesson 2.1 -> move a slider by keyboard -> run code -> a wrong then a right exercise
 * solution -> a quiz answer -> reload -> progress still on the map.
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Course, Lesson } from "../src/client";
import { neuron } from "../src/explain";

const BASE = (process.env.FROMZERO_URL ?? "http://127.0.0.1:8765").replace(/\/$/, "");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = resolve(dirname(fileURLToPath(import.meta.url)), "../test-results");
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
});

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${BASE}${path}`, init);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Replace the text in an exercise's or code block's editor (Monaco or the plain fallback). */
async function setCode(page: Page, scope: Locator, code: string): Promise<void> {
  const editor = scope.locator(".editor");
  await expect.poll(() => editor.getAttribute("data-editor"), { timeout: 30_000 }).not.toBe("loading");
  if ((await editor.getAttribute("data-editor")) === "monaco") {
    await scope.locator(".monaco-editor .view-lines").click();
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    // Paste, as a learner would: typed text would be auto-indented by the editor.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, code);
    // (Monaco draws only the visible lines, in any order, so the check verdict below is the
    // proof that the whole text arrived.)
  } else {
    await scope.locator("textarea").fill(code);
  }
}

async function keyPath(width: number, height: number, label: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width, height } });
  const external: string[] = [];
  await context.route("**/*", (route) => {
    const host = new URL(route.request().url()).hostname;
    if (host === "127.0.0.1" || host === "localhost" || route.request().url().startsWith("data:")) return route.continue();
    external.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  const course = await getJson<Course>("/api/course");
  const part2 = course.parts.find((p) => p.number === 2)!;
  const m21 = part2.modules.find((m) => m.number === "2.1")!;
  const lesson = await getJson<Lesson>(`/api/modules/${m21.id}`);

  // 1. The map: all 12 parts, waiting ones shown as such.
  await page.goto(`${BASE}/`);
  await expect.poll(() => page.locator(".parts > li").count()).toBe(course.parts.length);
  expect(await page.locator("h1").count()).toBe(1);
  expect(course.parts).toHaveLength(12);
  const waiting = course.parts.filter((p) => p.status === "in-preparation").length;
  expect(await page.locator(".badge.waiting").count()).toBe(waiting);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await page.screenshot({ path: `${SHOTS}/map-${label}.png`, fullPage: true });

  // 2. Open module 2.1.
  await page.locator(`li[data-module="${m21.id}"] a`).click();
  await page.waitForURL(`**/learn/${m21.id}`);
  await expect.poll(() => page.locator(".lesson-head h1").innerText()).toBe(lesson.title);
  expect(await page.locator("h1").count()).toBe(1);

  // 3. Move the input slider by keyboard; the shown steps follow, computed by the TS mirror.
  const demo = page.locator('section[data-demo="neuron-sliders"]').first();
  await demo.scrollIntoViewIfNeeded();
  const input = demo.getByRole("slider", { name: "input", exact: true });
  await expect.poll(() => input.count(), { timeout: 15_000 }).toBe(1);
  const w = Number(await demo.getByRole("slider", { name: "weight", exact: true }).inputValue());
  const b = Number(await demo.getByRole("slider", { name: "bias", exact: true }).inputValue());
  const before = Number(await input.inputValue());
  await input.focus();
  await page.keyboard.press("ArrowRight");
  const x = Number(await input.inputValue());
  expect(x).toBeGreaterThan(before);
  const want = neuron(x, w, b).map((s) => s.expr);
  await expect.poll(() => demo.locator("[data-testid=step] .step-expr").allInnerTexts()).toEqual(want);
  await expect.poll(() => page.url()).toContain(`d.neuron-sliders=x:${x}`);

  // 4. Run a code block and see its output stream back.
  const codeBlock = lesson.blocks.find((bl) => bl.kind === "code");
  if (codeBlock && codeBlock.kind === "code") {
    const block = page.locator(`section[data-code="${codeBlock.id}"]`).first();
    await block.scrollIntoViewIfNeeded();
    await block.getByRole("button", { name: "Run" }).click();
    await expect.poll(() => block.locator(".output-done").count(), { timeout: 30_000 }).toBe(1);
    const printed = await block.locator(".output-stdout").allInnerTexts();
    const firstLine = (codeBlock.expected_output ?? "").split("\n").find((l) => l.trim() !== "");
    if (firstLine) expect(printed.join("")).toContain(firstLine.trim());
    else expect(printed.join("").length).toBeGreaterThan(0);
    await expect.poll(() => block.locator(".output-done").innerText()).toMatch(/finished/i);
  }

  // 5. An exercise: a wrong answer, then the right one; both verdicts shown.
  const exBlock = lesson.blocks.find((bl) => bl.kind === "exercise");
  expect(exBlock).toBeTruthy();
  const ex = lesson.exercises.find((e) => exBlock?.kind === "exercise" && e.slug === exBlock.slug)!;
  const panel = page.locator(`section[data-exercise="${ex.slug}"]`);
  await panel.scrollIntoViewIfNeeded();
  await expect.poll(() => panel.locator(".verdict").first().innerText()).toBe("Not attempted");
  if (ex.hints.length > 1) {
    await panel.getByRole("button", { name: "Show a hint" }).click();
    await panel.getByRole("button", { name: "Show the next hint" }).click();
    await expect.poll(() => panel.locator(".hint-label").allInnerTexts()).toEqual([`Hint 1 of ${ex.hints.length}`, `Hint 2 of ${ex.hints.length}`]);
  }
  const fn = ex.function ?? "solve";
  await setCode(page, panel, `def ${fn}(*args, **kwargs):\n    return -12345.678\n`);
  await panel.getByRole("button", { name: "Check my code" }).click();
  await expect.poll(() => panel.locator(".summary[data-status]").getAttribute("data-status"), { timeout: 60_000 }).toMatch(/^(fail|error)$/);
  await expect.poll(() => panel.locator(".verdict").first().innerText()).toMatch(/Not yet|Error/);
  const solution = await getJson<{ solution: string }>(`/api/exercises/${m21.id}/${ex.slug}/solution`, { method: "POST" });
  await setCode(page, panel, solution.solution);
  await panel.getByRole("button", { name: "Check my code" }).click();
  await expect.poll(() => panel.locator(".summary[data-status]").getAttribute("data-status"), { timeout: 60_000 }).toBe("pass");
  await expect.poll(() => panel.locator(".verdict").allInnerTexts()).toEqual(ex.tasks.map(() => "Passed"));
  // After a pass, the walkthrough and the model solution appear.
  await expect.poll(() => panel.locator(".solution h4").first().innerText(), { timeout: 15_000 }).toMatch(/line by line/);

  // 6. Answer a quiz question and submit.
  const quiz = page.locator("section.quiz");
  await quiz.scrollIntoViewIfNeeded();
  const q1 = quiz.locator("li[data-question]").first();
  if ((await q1.locator('input[type="radio"]').count()) > 0) await q1.locator('input[type="radio"]').first().check();
  else await q1.locator('input[type="text"]').fill("1");
  await quiz.getByRole("button", { name: /Check my answers/ }).click();
  await expect.poll(() => quiz.locator("[data-testid=quiz-score]").innerText(), { timeout: 30_000 }).toMatch(/You got \d+ of \d+/);
  await expect.poll(() => q1.locator(".verdict-box").innerText()).toMatch(/Right|Not quite/);

  await page.evaluate(() => window.scrollTo(0, 0));
  // Readable at this width: nothing makes the page scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await page.screenshot({ path: `${SHOTS}/lesson-${label}.png`, fullPage: true });

  // 7. Reload the map: the progress is still there.
  await page.goto(`${BASE}/`);
  await page.reload();
  const row = page.locator(`li[data-module="${m21.id}"]`);
  await expect.poll(() => row.innerText()).toContain("Visited");
  await expect.poll(() => row.innerText()).toMatch(new RegExp(`Exercises [1-9]\\d*/${m21.exercises.length}`));
  await expect.poll(() => row.innerText()).toMatch(/Quiz best \d+\/\d+/);
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/map-after-${label}.png`, fullPage: false });

  // 8. The progress file: a bad file is refused with a clear message; a good one imports.
  await page.goto(`${BASE}/progress`);
  const fileInput = page.locator('input[type="file"]');
  await fileInput.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await expect.poll(() => page.locator(".summary.bad").innerText()).toMatch(/Nothing was imported.*not a From Zero progress file/);
  const good = {
    format: "fromzero-progress",
    version: 1,
    events: [{ id: `e2e-${label}`, kind: "visit", module: m21.id, item: null, outcome: "visited", at: new Date().toISOString() }],
  };
  await fileInput.setInputFiles({ name: "good.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(good)) });
  await expect.poll(() => page.locator(".summary.ok").innerText()).toMatch(/Imported 1 new event/);
  if (label === "375") await page.screenshot({ path: `${SHOTS}/progress-${label}.png`, fullPage: true });

  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await context.close();
}

/** A shared link opens a demo in its exact state; Reset goes back to the lesson's start. */
async function demoLink(): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const course = await getJson<Course>("/api/course");
  const m21 = course.parts.find((p) => p.number === 2)!.modules.find((m) => m.number === "2.1")!;
  const lesson = await getJson<Lesson>(`/api/modules/${m21.id}`);
  const block = lesson.blocks.find((bl) => bl.kind === "demo" && bl.demo === "neuron-sliders");
  if (!block || block.kind !== "demo") throw new Error("Lesson 2.1 has no neuron-sliders demo.");
  const start = block.props as { x: number; w: number; b: number };

  await page.goto(`${BASE}/learn/${m21.id}?d.neuron-sliders=x:7,w:-1.5,b:2`);
  const demo = page.locator('section[data-demo="neuron-sliders"]').first();
  const steps = demo.locator("[data-testid=step] .step-expr");
  await expect.poll(() => steps.allInnerTexts(), { timeout: 15_000 }).toEqual(neuron(7, -1.5, 2).map((s) => s.expr));
  await demo.getByRole("button", { name: "Reset" }).click();
  await expect.poll(() => steps.allInnerTexts()).toEqual(neuron(start.x, start.w, start.b).map((s) => s.expr));
  await expect.poll(() => page.url()).not.toContain("d.neuron-sliders");
  await context.close();
}

describe("a learner's first lesson", () => {
  it("opens a demo in the state a link gives; Reset returns to the lesson's numbers", async () => {
    await demoLink();
  });

  it("works on a laptop screen (1280 px)", async () => {
    await keyPath(1280, 900, "1280");
  });

  it("works on a phone screen (375 px)", async () => {
    await keyPath(375, 812, "375");
  });
});
