/** Part 9, "Building GPT from scratch", at 1280 px and 375 px: see tour.ts for what is checked.
 *  The GPT training panel really trains and must end "Finished"; the shipped char-gpt really
 *  writes the text the learner asks for. */
import { describeTour, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 9,
  minModules: 5,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    "bpe-merges": "merges",
    "tokenizer-compare": "fill:your sentence:the cat sat on the mat",
    "embedding-lookup": "click:dog (id 2)",
    "embedding-map": "click:T",
    "gpt-shapes": "blocks",
    "next-char": "check:The king",
    "shift-targets": "block size: inputs in one window",
    "loss-meter": "the loss",
    "training-dashboard": "click:Train",
    "sampling-lab": "temperature",
    "generate-text": "click:Generate",
  },
  expect: { "training-dashboard": /Finished\./, "generate-text": /Wrote \d+ new characters/ },
  screenshots: ["m9.1", "m9.2", "m9.3", "m9.4", "m9.5"],
};

describeTour("Part 9: building GPT from scratch", TOUR);
