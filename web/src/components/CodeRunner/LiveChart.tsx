import { applyEvents, emptyState, TrainingDashboard } from "../../features/training";

/** The numbers your own code logged with fromzero.live.log, drawn as the training dashboard. */
export default function LiveChart({ metrics, finished }: { metrics: Record<string, unknown>[]; finished: boolean }) {
  const state = applyEvents(emptyState(), metrics.map((data) => ({ kind: "metric", data })));
  return <TrainingDashboard state={{ ...state, phase: finished ? "finished" : "running" }} />;
}
