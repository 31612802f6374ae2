/** Part 4, "Neural networks: multiple neurons", at 1280 px and 375 px: see tour.ts for what is checked. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { launch, visitPart, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 4,
  minModules: 7,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
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
  },
  screenshots: ["m4.5", "m4.7"],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("Part 4: neural networks", () => {
  it("every module and demo works on a laptop screen (1280 px)", async () => {
    await visitPart(browser, TOUR, 1280, 900, "1280");
  }, 600_000);

  it("every module and demo works on a phone screen (375 px)", async () => {
    await visitPart(browser, TOUR, 375, 812, "375");
  }, 600_000);
});
