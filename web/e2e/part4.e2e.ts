/** Part 4, "Neural networks: multiple neurons", at 1280 px and 375 px: see tour.ts for what is checked. */
import { describeTour, type PartTour } from "./tour";

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

describeTour("Part 4: neural networks", TOUR);
