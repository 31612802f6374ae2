import { fmt } from "../../explain";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { LR, STEPS, TARGET, WEIGHT, X, history, type TrainState } from "./logic";

export default function BackpropTrain({ state, setState }: DemoViewProps<TrainState>) {
  const rows = history(state);
  const last = rows[rows.length - 1]!;
  const finite = rows.filter((r) => Number.isFinite(r.loss));
  const top = Math.max(1e-6, ...finite.map((r) => r.loss));
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input" {...X} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="target" {...TARGET} value={state.target} onChange={(target) => setState({ ...state, target })} />
        <Slider name="starting w1" {...WEIGHT} value={state.w1} onChange={(w1) => setState({ ...state, w1 })} />
        <Slider name="starting w2" {...WEIGHT} value={state.w2} onChange={(w2) => setState({ ...state, w2 })} />
        <Slider name="learning rate" {...LR} value={state.lr} onChange={(lr) => setState({ ...state, lr })} />
        <Slider name="training steps" {...STEPS} value={state.steps} onChange={(steps) => setState({ ...state, steps })} />
      </div>
      <p className="result" aria-live="polite">
        After {state.steps} steps: w1 = {fmt(last.w1)}, w2 = {fmt(last.w2)}, loss <strong>{fmt(last.loss)}</strong> (it started at {fmt(rows[0]!.loss)}).
      </p>
      <div className="side-by-side">
        <Plot
          description={`The loss after each of ${state.steps} training steps, from ${fmt(rows[0]!.loss)} to ${fmt(last.loss)}.`}
          xDomain={[0, Math.max(1, state.steps)]}
          yDomain={[0, top * 1.05]}
          xLabel="step"
          yLabel="loss"
          series={[{ id: "loss", points: finite.map((r) => [r.step, r.loss] as const) }]}
          markers={Number.isFinite(last.loss) ? [{ x: last.step, y: last.loss }] : []}
        />
        <table aria-label="Weights and loss after each step">
          <thead><tr><th>step</th><th>w1</th><th>w2</th><th>loss</th></tr></thead>
          <tbody>
            {rows.slice(0, 11).map((r) => (
              <tr key={r.step}><td>{r.step}</td><td>{fmt(r.w1)}</td><td>{fmt(r.w2)}</td><td>{fmt(r.loss)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
