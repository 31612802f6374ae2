import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { C, COUNT, M, X_DOMAIN, Y_DOMAIN, compute, line, type LineState } from "./logic";

export default function LineBuilder({ state, setState }: DemoViewProps<LineState>) {
  const { steps, points, full } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="slope" label="slope (how steep)" {...M} value={state.m} onChange={(m) => setState({ ...state, m })} />
        <Slider name="start" label="start (height at x = 0)" {...C} value={state.c} onChange={(c) => setState({ ...state, c })} />
        <Slider name="dots" label="how many dots" {...COUNT} value={state.count} onChange={(count) => setState({ ...state, count })} />
      </div>
      <p className="result" aria-live="polite">
        y = {fmt(state.m)} × x + {fmt(state.c)}: <strong>{points.length} dots</strong>
        {full ? ", joined by the line" : ""}
      </p>
      <Plot
        description={`Dots of y = ${fmt(state.m)} times x plus ${fmt(state.c)}: ${points.map((p) => `(${fmt(p.x)}, ${fmt(p.y)})`).join(", ")}${full ? "; a straight line joins them" : ""}.`}
        xDomain={X_DOMAIN}
        yDomain={Y_DOMAIN}
        xLabel="x"
        yLabel="y"
        series={full ? [{ id: "line", points: line(state) }] : []}
        markers={points}
      />
      <StepList steps={steps} label="One dot at a time" />
    </div>
  );
}
