/** Part 1, "The Absolute Basics", at 1280 px and 375 px: see tour.ts for what is checked. */
import { describeTour, type PartTour } from "./tour";

const TOUR: PartTour = {
  part: 1,
  minModules: 8,
  // The control to move in each demo: one whose change shows in the demo's numbers.
  controls: {
    calculator: "fill:your sum:2 + 3",
  },
  screenshots: ["m1.1", "m1.6"],
};

describeTour("Part 1: the absolute basics", TOUR);
