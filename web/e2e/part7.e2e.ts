/** Part 7, "Recurrent neural networks", at 1280 px and 375 px: see tour.ts for what is checked.
 *  The LSTM training panel really trains on Shakespeare and must end "Finished". */
import { describeTour, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 7,
  minModules: 3,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    "char-encoder": "fill:your text:to be or not",
    "bigram-table": "fill:training text:the cat sat on the mat",
    "rnn-stepper": "input weight w_x",
    "vanishing-slope": "factor per step",
    "lstm-gates": "input x",
    "memory-race": "zeros after the 1",
    "training-dashboard": "click:Train",
  },
  expect: { "training-dashboard": /Finished\./ },
  screenshots: ["m7.1", "m7.2", "m7.3"],
};

describeTour("Part 7: recurrent neural networks", TOUR);
