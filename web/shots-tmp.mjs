import { chromium } from "playwright-core";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox"], headless: true });
const [width, ...pages] = process.argv.slice(2);
const page = await (await b.newContext({ viewport: { width: Number(width), height: 900 } })).newPage();
for (const spec of pages) {
  const [id, query] = spec.split("?");
  await page.goto(`http://127.0.0.1:8797/learn/${id}${query ? "?" + query : ""}`);
  await page.waitForTimeout(3500);
  const demos = page.locator("section[data-demo]");
  const n = await demos.count();
  for (let i = 0; i < n; i++) {
    const d = demos.nth(i);
    const name = await d.getAttribute("data-demo");
    await d.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await d.screenshot({ path: `/tmp/p4/shots/${width}-${id.slice(0, 4)}-${i}-${name}.png` });
  }
}
await b.close();
