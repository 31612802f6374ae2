/** The training feature: live charts of a server job or of a learner's own training loop. */
export { TrainingDashboard } from "./TrainingDashboard";
export { TrainingPanel } from "./TrainingPanel";
export { useTrainingJob, type TrainingJob } from "./useTrainingJob";
export { applyEvents, emptyState, type StreamEvent, type TrainingState } from "./events";
