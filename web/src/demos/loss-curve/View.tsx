import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import { INPUT, TARGET, WEIGHT, W_DOMAIN, compute, curve, lossTop, type LossCurveState } from "./logic";

export default function LossCurve({ state, setState }: DemoViewProps<LossCurveState>) {
  const r = compute(state);
  const top = lossTop(state);
  const touch = (w: number) => r.lossValue + r.byShortcut * (w - state.w);
  // An arrow pointing downhill along the weight axis, longer where the slope is steeper.
  const reach = Math.min(1.2, 0.15 + Math.abs(r.byShortcut) / 30) * (r.way === "left" ? -1 : 1);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="weight" label="weight (where we stand)" {...WEIGHT} value={state.w} onChange={(w) => setState({ ...state, w })} />
        <Slider name="input" {...INPUT} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Slider name="target" {...TARGET} value={state.target} onChange={(target) => setState({ ...state, target })} />
      </div>
      <p className="result" aria-live="polite">
        Loss <strong>{fmt(r.lossValue)}</strong>, slope <strong>{fmt(r.byShortcut)}</strong>:{" "}
        {r.way === "nowhere" ? "flat. This is the bottom!" : `downhill is to the ${r.way} (make the weight ${r.way === "left" ? "smaller" : "bigger"}).`}
      </p>
      <XYChart
        description={`The loss against the weight, a U with its bottom at weight ${fmt(r.best)}. At weight ${fmt(state.w)} the loss is ${fmt(r.lossValue)} and the slope is ${fmt(r.byShortcut)}.`}
        xDomain={W_DOMAIN}
        yDomain={[-top * 0.05, top]}
        xLabel="weight"
        yLabel="loss"
        series={[
          { id: "loss", points: curve(state) },
          { id: "touch", points: [state.w - 1, state.w + 1].map((w) => [w, touch(w)] as [number, number]), color: "#e8590c", width: 2, dashed: true },
        ]}
        segments={r.way === "nowhere" ? [] : [{ x1: state.w, y1: -top * 0.02, x2: state.w + reach, y2: -top * 0.02, color: "var(--ok)", width: 3, arrow: true }]}
        dots={[{ x: state.w, y: r.lossValue }]}
      />
      <p className="muted small">Dashed: the slope where you stand. Green arrow: the way downhill.</p>
      <div className="side-by-side">
        <div>
          <h4 className="steps-title">The loss here</h4>
          <StepList steps={r.loss} label="The loss, step by step" />
        </div>
        <div>
          <h4 className="steps-title">Its slope by a nudge</h4>
          <StepList steps={r.nudge} label="The slope by a nudge, step by step" />
        </div>
        <div>
          <h4 className="steps-title">Its slope by the shortcut</h4>
          <StepList steps={r.shortcut} label="The slope by the shortcut, step by step" />
        </div>
      </div>
    </div>
  );
}
