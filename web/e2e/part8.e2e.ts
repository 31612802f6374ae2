/** Part 8, "Attention & transformers", at 1280 px and 375 px: see tour.ts for what is checked.
 *  The small GPT's training panel really trains on Shakespeare and must end "Finished". */
import { describeTour, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 8,
  minModules: 4,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    "attention-weights": "click:cat",
    "attention-heatmap": "check:rex chased the ball and caught it",
    "qkv-builder": "check:no",
    "causal-mask": "T, the number of words",
    "multi-head": "tokens",
    "head-viewer": "character that looks",
    "layer-norm": "number 1",
    "transformer-flow": "check:man bites dog (swapped)",
    "training-dashboard": "click:Train",
  },
  expect: { "training-dashboard": /Finished\./ },
  screenshots: ["m8.1", "m8.2", "m8.3", "m8.4"],
};

describeTour("Part 8: attention and transformers", TOUR);
