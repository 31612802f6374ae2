import { applyEvents, emptyState, TrainingDashboard } from "../../features/training";

/** The numbers your own code logged with fromzero.live.log, drawn as the training dashboard. */
export default function LiveChart({ metrics, finished }: { metrics: Record<string, unknown>[]; finished: boolean }) {
  const state = applyEvents(emptyState(), metrics.map((data) => ({ kind: "metric", data })));
  const headline = `${finished ? "Your run logged" : "Your run is logging"} ${metrics.length} points with live.log.`;
  return (
    <div className="live-chart">
      <TrainingDashboard state={state} headline={headline} showAccuracy={false} />
    </div>
  );
}
