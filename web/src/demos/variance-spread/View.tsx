import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { withItem } from "../state";
import { DOMAIN, R, compute, type SpreadState } from "./logic";

export default function VarianceSpread({ state, setState }: DemoViewProps<SpreadState>) {
  const { steps, m, variance, sd } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        {state.values.map((v, i) => (
          <Slider key={i} name={`number ${i + 1}`} {...R} value={v} onChange={(x) => setState({ values: withItem(state.values, i, x) })} />
        ))}
      </div>
      <p className="result" aria-live="polite">
        Mean <strong>{fmt(m)}</strong>, variance <strong>{fmt(variance)}</strong>, standard deviation <strong>{fmt(sd)}</strong>
      </p>
      <Plot
        description={`The numbers ${state.values.map((v) => fmt(v)).join(", ")} with their mean ${fmt(m)}; a line joins each number to the mean, showing its gap.`}
        xDomain={DOMAIN}
        yDomain={[0, state.values.length + 1]}
        xLabel="the numbers"
        yLabel=""
        height={170}
        series={[
          { id: "mean", points: [[m, 0], [m, state.values.length + 1]] },
          ...state.values.map((v, i) => ({ id: `gap${i}`, points: [[m, i + 1], [v, i + 1]] as [number, number][], className: "guide" })),
        ]}
        markers={state.values.map((v, i) => ({ x: v, y: i + 1 }))}
      />
      <StepList steps={steps} label="The variance, step by step" />
    </div>
  );
}
