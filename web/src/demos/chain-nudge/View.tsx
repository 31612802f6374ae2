import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Choice, Slider } from "../ui/Slider";
import { A, M, NUDGES, compute, curve, type NudgeState } from "./logic";

const NUDGE_OPTIONS = NUDGES.map((n) => ({ value: n, label: n }));

export default function ChainNudge({ state, setState }: DemoViewProps<NudgeState>) {
  const { steps, rule, nudge, c } = compute(state);
  const pts = curve(state);
  const top = Math.max(1, ...pts.map((p) => p[1]));
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="a" {...A} value={state.a} onChange={(a) => setState({ ...state, a })} />
        <Slider name="m (b = m × a)" {...M} value={state.m} onChange={(m) => setState({ ...state, m })} />
        <Choice name="nudge size" value={state.h} options={NUDGE_OPTIONS} onChange={(h) => setState({ ...state, h })} />
      </div>
      <p className="result" aria-live="polite">
        Chain rule: <strong>{fmt(rule)}</strong>. Nudging: <strong>{fmt(nudge)}</strong>.
      </p>
      <div className="side-by-side">
        <StepList steps={steps} label="Chain rule and nudge check, step by step" />
        <Plot
          description={`c = (m × a) × (m × a) as a changes, with m = ${fmt(state.m)}. The dot is at a = ${fmt(state.a)}, c = ${fmt(c)}; the curve's steepness there is ${fmt(rule)}.`}
          xDomain={[A.min, A.max]}
          yDomain={[-top * 0.05, top * 1.05]}
          xLabel="a"
          yLabel="c"
          series={[{ id: "c", points: pts }]}
          markers={[{ x: state.a, y: c }]}
        />
      </div>
    </div>
  );
}
