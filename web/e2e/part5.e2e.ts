/** Part 5, "Real datasets & practical training", at 1280 px and 375 px: see tour.ts for what is checked.
 *  The training panels really train on MNIST (a few seconds each) and must end "Finished". */
import { describeTour, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 5,
  minModules: 4,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    "draw-digit": "click:Draw an example 7",
    "flatten-grid": "grid size (rows and columns)",
    "one-hot": "number of classes",
    "softmax-bars": "score of class 0",
    "batch-splitter": "batch size",
    "training-dashboard": "click:Train",
    "overfit-curve": "degree",
    "dropout-mask": "dropout rate",
  },
  // the shipped model must read the example 7 as a 7; a real MNIST run must finish
  expect: { "draw-digit": /The model says 7 /, "training-dashboard": /Finished\./ },
  screenshots: ["m5.1", "m5.2", "m5.3", "m5.4"],
};

describeTour("Part 5: real datasets and practical training", TOUR);
