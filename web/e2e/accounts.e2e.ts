/**
 * A learner with an account (the server runs with --accounts): sign up, complete a quiz, see
 * the dashboard update, export the progress file, clear the browser, import the file and see
 * the same dashboard; a forged certificate code is rejected.
 */
import { readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BASE = (process.env.FROMZERO_URL ?? "http://127.0.0.1:8765").replace(/\/$/, "");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const MODULE = "m2.1-simplest-neuron";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
});
afterAll(async () => {
  await browser?.close();
});

async function dashboardRow(page: Page): Promise<string> {
  await page.goto(`${BASE}/dashboard`);
  const row = page.locator(`[data-testid="dashboard-${MODULE}"]`);
  await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
  return row.innerText();
}

describe("a learner with an account", () => {
  it("keeps the same dashboard through export, a cleared browser and import", async () => {
    const health = await fetch(`${BASE}/api/accounts/csrf`);
    expect(health.status, "the browser tests need the server started with --accounts").toBe(200);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));

    // 1. Sign up.
    await page.goto(`${BASE}/signup`);
    await page.getByLabel("Email").fill(`learner-${Date.now()}@example.org`);
    await page.getByLabel(/Your name/).fill("Ada Learner");
    await page.getByLabel(/Password/).fill("a long enough password");
    await page.getByRole("button", { name: "Make an account" }).click();
    await expect.poll(() => page.url(), { timeout: 30_000 }).toMatch(/\/account$/);

    // Before any work, the dashboard shows the lesson as not visited.
    expect(await dashboardRow(page)).toMatch(/Not yet/);

    // 2. Complete the module's quiz (every question answered).
    await page.goto(`${BASE}/learn/${MODULE}`);
    const quiz = page.locator("section.quiz");
    await quiz.scrollIntoViewIfNeeded();
    const questions = quiz.locator("li[data-question]");
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      if ((await q.locator('input[type="radio"]').count()) > 0) await q.locator('input[type="radio"]').first().check();
      else await q.locator('input[type="text"]').fill("1");
    }
    await quiz.getByRole("button", { name: /Check my answers/ }).click();
    await expect.poll(() => quiz.locator("[data-testid=quiz-score]").innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`You got \\d+ of ${count}`));

    // 3. The dashboard shows the visit and the quiz score.
    const before = await dashboardRow(page);
    expect(before).toMatch(/Yes/);
    expect(before).toMatch(new RegExp(`\\d+/${count}`));

    // 4. Export the progress file.
    await page.goto(`${BASE}/progress`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export my progress" }).click(),
    ]);
    const file = readFileSync((await download.path())!);
    expect(JSON.parse(file.toString()).format).toBe("fromzero-progress");

    // 5. Clear the browser: a new, empty profile (no cookies, no local storage).
    await context.close();
    const fresh = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page2 = await fresh.newPage();
    page2.on("pageerror", (e) => errors.push(String(e)));
    expect(await dashboardRow(page2)).toMatch(/Not yet/);

    // 6. Import the file: the same dashboard comes back.
    await page2.goto(`${BASE}/progress`);
    await page2.locator('input[type="file"]').setInputFiles({ name: "progress.json", mimeType: "application/json", buffer: file });
    await expect.poll(() => page2.locator(".summary.ok").innerText()).toMatch(/Imported \d+ new event/);
    const after = await dashboardRow(page2);
    const cells = (text: string) => text.split("\t").slice(0, 4).join("|");  // lesson, visited, exercises, quiz
    expect(cells(after)).toBe(cells(before));

    // 7. A forged certificate code is rejected.
    await page2.goto(`${BASE}/certificate`);
    await page2.getByLabel("Code").fill("FZ-1-AAAA-BBBB-CCCC-DDDD");
    await page2.getByRole("button", { name: /Check/ }).click();
    const verdict = page2.locator("[data-testid=verify-verdict]");
    await expect.poll(() => verdict.getAttribute("class"), { timeout: 15_000 }).toMatch(/bad/);
    const api = await fetch(`${BASE}/verify/FZ-1-AAAA-BBBB-CCCC-DDDD`);
    expect(await api.text()).not.toMatch(/"genuine":\s*true/);

    expect(errors).toEqual([]);
    await fresh.close();
  }, 180_000);
});
