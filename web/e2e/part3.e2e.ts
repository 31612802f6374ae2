/** Part 3, "Teaching a neuron to learn", at 1280 px and 375 px: see tour.ts for what is checked. */
import { describeTour, type PartTour } from "./tour";

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

describeTour("Part 3: teaching a neuron to learn", TOUR);
