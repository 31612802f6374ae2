/** Part 1, "The Absolute Basics", at 1280 px and 375 px: see tour.ts for what is checked. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { launch, visitPart, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 1,
  minModules: 8,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    calculator: "fill:your sum:2 + 3",
  },
  screenshots: ["m1.1", "m1.6"],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("Part 1: the absolute basics", () => {
  it("every module and demo works on a laptop screen (1280 px)", async () => {
    await visitPart(browser, TOUR, 1280, 900, "1280");
  }, 600_000);

  it("every module and demo works on a phone screen (375 px)", async () => {
    await visitPart(browser, TOUR, 375, 812, "375");
  }, 600_000);
});
