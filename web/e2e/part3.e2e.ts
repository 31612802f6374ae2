/** Part 3, "Teaching a neuron to learn", at 1280 px and 375 px: see tour.ts for what is checked. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { launch, visitPart, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 3,
  minModules: 7,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    "target-error": "weight 1",
    "error-lines": "weight",
    "squared-error": "prediction",
    "rise-run": "run",
    "nudge-slope": "x",
    "loss-curve": "weight",
    "gradient-knobs": "weight",
    "descent-stepper": "starting weight",
    "lr-race": "starting weight",
    "epoch-trainer": "starting weight",
  },
  screenshots: ["m3.5"],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("Part 3: teaching a neuron to learn", () => {
  it("every module and demo works on a laptop screen (1280 px)", async () => {
    await visitPart(browser, TOUR, 1280, 900, "1280");
  }, 600_000);

  it("every module and demo works on a phone screen (375 px)", async () => {
    await visitPart(browser, TOUR, 375, 812, "375");
  }, 600_000);
});
