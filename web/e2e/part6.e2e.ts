/** Part 6, "Convolutional neural networks", at 1280 px and 375 px: see tour.ts for what is checked.
 *  The shipped CNN must read the example 3, and a real MNIST run of the CNN must finish. */
import { describeTour, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 6,
  minModules: 3,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    "conv-slider": "place of the filter",
    "filter-on-digit": "move the digit right (pixels)",
    "pool-grid": "stride",
    "conv-shape": "padding p",
    "cnn-shapes": "conv 1 filters",
    "cnn-feature-maps": "click:Example 3",
    "training-dashboard": "click:Train",
  },
  expect: { "cnn-feature-maps": /The CNN says 3 /, "training-dashboard": /Finished\./ },
  screenshots: ["m6.1", "m6.2", "m6.3"],
};

describeTour("Part 6: convolutional neural networks", TOUR);
