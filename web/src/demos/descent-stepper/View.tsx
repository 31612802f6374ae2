import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { PlayPause } from "../ui/PlayPause";
import { usePlayer } from "../ui/usePlayer";
import { Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import {
  INPUT,
  LINES,
  RATE,
  START,
  TARGET,
  W_DOMAIN,
  advance,
  atEnd,
  ball,
  current,
  curve,
  lossHistory,
  lossTop,
  nextIteration,
  weights,
  type DescentState,
} from "./logic";

const STEP_MS = 700;

export default function DescentStepper({ state, setState }: DemoViewProps<DescentState>) {
  const end = atEnd(state);
  const { running, setPlaying } = usePlayer(state, setState, end, advance, STEP_MS);

  // Changing the setup starts the descent again from iteration 1.
  const restart = (patch: Partial<DescentState>) => {
    setPlaying(false);
    setState({ ...state, ...patch, done: 0, part: 0 });
  };
  const lines = current(state);
  const here = ball(state);
  const trail = weights(state, state.done + (state.part >= LINES ? 1 : 0));
  const history = lossHistory(state);
  const top = lossTop(state);
  const iteration = state.done + 1;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="learning rate" {...RATE} value={state.lr} onChange={(lr) => restart({ lr })} />
        <Slider name="starting weight" {...START} value={state.w0} onChange={(w0) => restart({ w0 })} />
        <Slider name="input" {...INPUT} value={state.x} onChange={(x) => restart({ x })} />
        <Slider name="target" {...TARGET} value={state.target} onChange={(target) => restart({ target })} />
      </div>
      <div className="buttons" role="group" aria-label="Gradient descent">
        <PlayPause running={running} end={end} onChange={setPlaying} />
        <button type="button" className="button secondary" disabled={end} onClick={() => { setPlaying(false); setState(advance(state)); }}>
          Step
        </button>
        <button type="button" className="button secondary" disabled={end} onClick={() => { setPlaying(false); setState(nextIteration(state)); }}>
          Whole iteration
        </button>
        <span className="muted" aria-live="polite">
          Iteration {iteration}, line {state.part} of {LINES}
        </span>
      </div>
      <p className="result" aria-live="polite">
        Weight <strong>{fmt(here.w)}</strong>, loss <strong>{fmt(here.loss)}</strong>
      </p>
      <StepList steps={lines} shown={state.part} current={state.part - 1} label={`Iteration ${iteration}, line by line`} />
      <div className="side-by-side">
        <XYChart
          description={`The loss curve against the weight. The ball is at weight ${fmt(here.w)}, loss ${fmt(here.loss)}.`}
          xDomain={W_DOMAIN}
          yDomain={[-top * 0.05, top]}
          xLabel="weight"
          yLabel="loss"
          series={[{ id: "loss", points: curve(state) }]}
          segments={trail.slice(1).map((w, i) => ({
            x1: trail[i]!,
            y1: history[i]![1],
            x2: w,
            y2: history[i + 1]![1],
            color: "var(--ok)",
            width: 2,
            arrow: true,
          }))}
          dots={[...trail.slice(0, -1).map((w, i) => ({ x: w, y: history[i]![1], r: 3, color: "var(--ok)" })), { x: here.w, y: here.loss, r: 8 }]}
        />
        <XYChart
          description={`The loss after each iteration: ${history.map((h) => fmt(h[1])).join(", ")}.`}
          xDomain={[0, Math.max(5, history.length)]}
          yDomain={[-top * 0.05, top]}
          xLabel="iterations done"
          yLabel="loss"
          series={[{ id: "history", points: history }]}
          dots={history.map(([k, l]) => ({ x: k, y: l, r: 4 }))}
        />
      </div>
    </div>
  );
}
