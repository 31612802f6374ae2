import { curveText, fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import { CURVES, CURVE_NAMES, RUN, X, X_DOMAIN, compute, curvePoints, yDomain, type CurveName, type RiseRunState } from "./logic";

export default function RiseRun({ state, setState }: DemoViewProps<RiseRunState>) {
  const r = compute(state);
  const yd = yDomain(state.curve);
  // The straight line through both points, drawn across the whole picture.
  const through = (x: number) => r.y1 + r.slope * (x - state.x1);
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice<CurveName>
          name="Curve"
          value={state.curve}
          options={CURVE_NAMES.map((c) => ({ value: c, label: `y = ${curveText(CURVES[c])}` }))}
          onChange={(curve) => setState({ ...state, curve })}
        />
        <Slider name="first point x" {...X} value={state.x1} onChange={(x1) => setState({ ...state, x1 })} />
        <Slider name="run" label="run (how far along)" {...RUN} value={state.run} onChange={(run) => setState({ ...state, run })} />
      </div>
      <p className="result" aria-live="polite">
        Rise <strong>{fmt(r.y2 - r.y1)}</strong> ÷ run <strong>{fmt(r.x2 - state.x1)}</strong> = slope <strong>{fmt(r.slope)}</strong>
      </p>
      <XYChart
        description={`The curve y = ${r.name}, with points at x ${fmt(state.x1)} and ${fmt(r.x2)}. The straight line through them has slope ${fmt(r.slope)}.`}
        xDomain={X_DOMAIN}
        yDomain={yd}
        xLabel="x"
        yLabel="y"
        series={[
          { id: "curve", points: curvePoints(state.curve) },
          { id: "through", points: X_DOMAIN.map((x) => [x, through(x)] as [number, number]), color: "#e8590c", width: 2, dashed: true },
        ]}
        segments={[
          { x1: state.x1, y1: r.y1, x2: r.x2, y2: r.y1, color: "var(--ok)", width: 3 },
          { x1: r.x2, y1: r.y1, x2: r.x2, y2: r.y2, color: "var(--bad)", width: 3 },
        ]}
        dots={[
          { x: state.x1, y: r.y1 },
          { x: r.x2, y: r.y2 },
        ]}
      />
      <p className="muted small">Green: the run (along). Red: the rise (up or down). Dashed: the straight line through both points.</p>
      <StepList steps={r.steps} label="Rise over run, step by step" />
    </div>
  );
}
