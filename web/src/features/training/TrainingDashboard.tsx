import "./training.css";
import { ConfusionMatrix } from "./ConfusionMatrix";
import { Histograms } from "./Histograms";
import { LineChart } from "./LineChart";
import {
  accuracyPoints,
  fmtLoss,
  fmtPercent,
  lossPoints,
  referenceAccuracy,
  referenceLoss,
  thin,
  xExtent,
  yExtent,
  type ReferenceCurve,
} from "./chart";
import { doneHeadline, type TrainingState } from "./events";

const MAX_POINTS = 400;
const COLORS = { train: "#1f6feb", test: "#d9480f", reference: "#8a8f98" };

interface Props {
  state: TrainingState;
  /** What a correct run of the same preset looks like; drawn dashed beside the live run. */
  reference?: ReferenceCurve | null;
  /** Instead of the job's status line (e.g. for a learner's own run). */
  headline?: string;
  /** Draw the accuracy chart even before any accuracy arrives (default: yes). */
  showAccuracy?: boolean;
}

/**
 * Live training charts: loss per step and accuracy per epoch (train vs held-out, to show
 * overfitting), the reference run beside them, the confusion matrix with per-class accuracy,
 * and the generated text of text models. It only draws `state`; useTrainingJob fills it.
 */
export function TrainingDashboard({ state, reference, headline, showAccuracy = true }: Props) {
  const loss = thin(lossPoints(state.losses), MAX_POINTS);
  const refLoss = referenceLoss(reference);
  const train = accuracyPoints(state.epochs, "train");
  const test = accuracyPoints(state.epochs, "test");
  const refAcc = referenceAccuracy(reference);
  const lastLoss = state.losses.at(-1)?.loss;
  const lastEpoch = state.epochs.at(-1);
  const lossSeries = [
    { id: "loss", label: "your run", points: loss, color: COLORS.train },
    ...(refLoss.length ? [{ id: "ref", label: "reference run", points: refLoss, color: COLORS.reference, dashed: true }] : []),
  ];
  const accSeries = [
    { id: "train", label: "train", points: train, color: COLORS.train },
    { id: "test", label: "held-out", points: test, color: COLORS.test },
    ...(refAcc.length ? [{ id: "ref", label: "reference (held-out)", points: refAcc, color: COLORS.reference, dashed: true }] : []),
  ];
  const status = state.done ? doneHeadline(state.done) : state.phase === "idle" ? "Not started" : state.phase === "queued" ? "Waiting" : "Training";
  return (
    <section className="training-dashboard" aria-live="polite">
      <p className={`training-status training-status-${state.done?.status ?? state.phase}`}>
        {headline ?? (
          <>
            <strong>{status}.</strong> {state.message}
          </>
        )}
      </p>
      <div className="training-charts">
        <LineChart
          description={lastLoss === undefined ? "Loss per step: no steps yet" : `Loss per step: ${state.losses.length} steps, latest ${fmtLoss(lastLoss)}`}
          xLabel="step"
          yLabel="loss"
          xDomain={xExtent([loss, refLoss])}
          yDomain={yExtent([loss, refLoss])}
          series={lossSeries}
          formatY={fmtLoss}
        />
        {(showAccuracy || state.epochs.length > 0) && <LineChart
          description={lastEpoch ? `Accuracy after epoch ${lastEpoch.epoch}: held-out ${lastEpoch.testAccuracy === null ? "not measured" : fmtPercent(lastEpoch.testAccuracy)}` : "Accuracy per epoch: no epochs yet"}
          xLabel="epoch"
          yLabel="accuracy"
          xDomain={xExtent([train, test, refAcc])}
          yDomain={[0, 1]}
          series={accSeries}
          formatY={fmtPercent}
        />}
      </div>
      {state.confusion && <ConfusionMatrix confusion={state.confusion} />}
      {state.histograms.length > 0 && (
        <details className="training-histogram-panel">
          <summary>Weights and gradients of each layer</summary>
          <Histograms layers={state.histograms} />
        </details>
      )}
      {state.samples.length > 0 && (
        <div className="training-samples">
          <h4>Text the model wrote after each epoch</h4>
          {state.samples.map((s) => (
            <details key={s.epoch} open={s === state.samples.at(-1)}>
              <summary>after epoch {s.epoch}</summary>
              <pre>{s.text}</pre>
            </details>
          ))}
        </div>
      )}
    </section>
  );
}
