import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { withItem } from "../state";
import { DOMAIN, MAX, R, add, compute, remove, type MeanState } from "./logic";

export default function MeanBalance({ state, setState }: DemoViewProps<MeanState>) {
  const { steps, m } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        {state.values.map((v, i) => (
          <Slider key={i} name={`number ${i + 1}`} {...R} value={v} onChange={(x) => setState({ values: withItem(state.values, i, x) })} />
        ))}
      </div>
      <div className="buttons">
        <button type="button" className="button secondary" disabled={state.values.length >= MAX} onClick={() => setState(add(state))}>
          Add a number
        </button>
        <button type="button" className="button secondary" disabled={state.values.length <= 1} onClick={() => setState(remove(state))}>
          Remove the last number
        </button>
      </div>
      <p className="result" aria-live="polite">
        The mean is <strong>{fmt(m)}</strong>
      </p>
      <Plot
        description={`The numbers ${state.values.map((v) => fmt(v)).join(", ")} as dots on a line; the mean, ${fmt(m)}, is the balance point, shown by the upright line.`}
        xDomain={DOMAIN}
        yDomain={[-1, 3]}
        xLabel="the numbers"
        yLabel=""
        height={150}
        series={[
          { id: "beam", points: [[DOMAIN[0], 0], [DOMAIN[1], 0]], className: "guide" },
          { id: "balance", points: [[m, -1], [m, 2.5]] },
        ]}
        markers={state.values.map((v) => ({ x: v, y: 0.5 }))}
      />
      <StepList steps={steps} label="The mean, step by step" />
    </div>
  );
}
