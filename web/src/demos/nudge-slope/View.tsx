import { curveText, fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import { CURVES, CURVE_NAMES, NUDGES, X, X_DOMAIN, compute, curvePoints, nudgeOf, yDomain, type CurveName, type NudgeState } from "./logic";

export default function NudgeSlope({ state, setState }: DemoViewProps<NudgeState>) {
  const r = compute(state);
  const h = nudgeOf(state);
  // A straight line with the shortcut's slope through the point: it just touches the curve.
  const touch = (x: number) => r.y + r.byShortcut * (x - state.x);
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice<CurveName>
          name="Curve"
          value={state.curve}
          options={CURVE_NAMES.map((c) => ({ value: c, label: `y = ${curveText(CURVES[c])}` }))}
          onChange={(curve) => setState({ ...state, curve })}
        />
        <Slider name="x" label="x (where we stand)" {...X} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Choice<string>
          name="Nudge"
          value={String(state.tiny)}
          options={NUDGES.map((n, i) => ({ value: String(i), label: fmt(n, 7) }))}
          onChange={(v) => setState({ ...state, tiny: Number(v) })}
        />
      </div>
      <p className="result" aria-live="polite">
        By the nudge: <strong>{fmt(r.byNudge)}</strong>. By the shortcut: <strong>{fmt(r.byShortcut)}</strong>. Gap: <strong>{fmt(r.gap)}</strong>
      </p>
      <XYChart
        description={`The curve y = ${r.name} at x ${fmt(state.x)}. The slope there is ${fmt(r.byShortcut)}; a nudge of ${fmt(h, 7)} gives ${fmt(r.byNudge)}.`}
        xDomain={X_DOMAIN}
        yDomain={yDomain(state.curve)}
        xLabel="x"
        yLabel="y"
        series={[
          { id: "curve", points: curvePoints(state.curve) },
          { id: "touch", points: X_DOMAIN.map((x) => [x, touch(x)] as [number, number]), color: "#e8590c", width: 2, dashed: true },
        ]}
        dots={[
          { x: state.x, y: r.y },
          { x: state.x + h, y: r.y + r.byNudge * h, color: "var(--bad)", r: 4 },
        ]}
      />
      <p className="muted small">Dashed: a straight line with the shortcut&apos;s slope, just touching the curve at x. Small red dot: the nudged point.</p>
      <div className="side-by-side">
        <div>
          <h4 className="steps-title">By the nudge</h4>
          <StepList steps={r.nudge} label="The slope by the nudge, step by step" />
        </div>
        <div>
          <h4 className="steps-title">By the shortcut rules</h4>
          <StepList steps={r.shortcut} label="The slope by the shortcut rules, step by step" />
        </div>
      </div>
    </div>
  );
}
