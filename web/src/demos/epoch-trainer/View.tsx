import { big, fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { PlayPause } from "../ui/PlayPause";
import { usePlayer } from "../ui/usePlayer";
import { Choice, Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import {
  DATASETS,
  DATASET_NAMES,
  RATE,
  START,
  atEnd,
  history,
  lossCurve,
  nextEpoch,
  nextExample,
  shownSteps,
  size,
  weightNow,
  type DatasetName,
  type TrainerState,
} from "./logic";

const TICK_MS = 500;
const LABELS: Record<DatasetName, string> = {
  doubling: "target = 2 × input",
  measured: "measured (a bit noisy)",
  halving: "target = input ÷ 2",
};

export default function EpochTrainer({ state, setState }: DemoViewProps<TrainerState>) {
  const end = atEnd(state);
  const { running, setPlaying } = usePlayer(state, setState, end, nextEpoch, TICK_MS);

  const h = history(state);
  const n = size(state);
  const w = weightNow(state, h);
  const curve = lossCurve(state, h);
  const epochNumber = state.epochs + 1;
  const top = Math.max(1, ...curve.map((p) => (Number.isFinite(p[1]) ? p[1] : 0))) * 1.1;
  const restart = (patch: Partial<TrainerState>) => {
    setPlaying(false);
    setState({ ...state, ...patch, epochs: 0, seen: 0 });
  };
  const data = DATASETS[state.data];
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice<DatasetName>
          name="Examples"
          value={state.data}
          options={DATASET_NAMES.map((d) => ({ value: d, label: LABELS[d] }))}
          onChange={(d) => restart({ data: d })}
        />
        <Slider name="learning rate" {...RATE} value={state.lr} onChange={(lr) => restart({ lr })} />
        <Slider name="starting weight" {...START} value={state.w0} onChange={(w0) => restart({ w0 })} />
      </div>
      <div className="buttons" role="group" aria-label="Training">
        <PlayPause running={running} end={end} onChange={setPlaying} />
        <button type="button" className="button secondary" disabled={end} onClick={() => { setPlaying(false); setState(nextExample(state)); }}>
          Next example
        </button>
        <button type="button" className="button secondary" disabled={end} onClick={() => { setPlaying(false); setState(nextEpoch(state)); }}>
          Whole epoch
        </button>
        <span className="muted" aria-live="polite">
          Epoch {epochNumber}, example {state.seen} of {n}
        </span>
      </div>
      <p className="result" aria-live="polite">
        Weight <strong>{big(w)}</strong>
        {curve.length > 0 && (
          <>
            , last epoch&apos;s mean loss <strong>{big(curve[curve.length - 1]![1])}</strong>
          </>
        )}
      </p>
      <div className="side-by-side">
        <XYChart
          description={`The loss curve: mean loss per epoch, ${curve.map((p) => fmt(p[1])).join(", ") || "no epoch finished yet"}.`}
          xDomain={[0, Math.max(5, curve.length + 1)]}
          yDomain={[-top * 0.03, top]}
          xLabel="epoch"
          yLabel="mean loss"
          series={[{ id: "curve", points: curve }]}
          dots={curve.map(([x, y]) => ({ x, y, r: 4 }))}
        />
        <XYChart
          description={`The examples as dots and the neuron's line, input × ${fmt(w)}.`}
          xDomain={[0, 6.5]}
          yDomain={[-1, 12]}
          xLabel="input"
          yLabel="target and output"
          series={[{ id: "line", points: [[0, 0], [6.5, 6.5 * w]] }]}
          segments={data.map(([x, t]) => ({ x1: x, y1: t, x2: x, y2: x * w }))}
          dots={data.map(([x, t]) => ({ x, y: t }))}
        />
      </div>
      <h4 className="steps-title">Epoch {epochNumber}, example by example</h4>
      <StepList steps={shownSteps(state, h)} current={state.seen < n ? 2 * state.seen - 1 : undefined} label={`Epoch ${epochNumber}, example by example`} />
    </div>
  );
}
