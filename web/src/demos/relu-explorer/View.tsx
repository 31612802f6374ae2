import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { CURVE, X, Y_DOMAIN, compute, type XState } from "./logic";

export default function ReluExplorer({ state, setState }: DemoViewProps<XState>) {
  const { steps, output } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input" label="input (x)" {...X} value={state.x} onChange={(x) => setState({ x })} />
      </div>
      <p className="result">
        ReLU({fmt(state.x)}) = <strong>{fmt(output)}</strong>
      </p>
      <Plot
        description={`The ReLU graph: flat at 0 for negative inputs, then rising in a straight line; the dot is at input ${fmt(state.x)}, output ${fmt(output)}.`}
        xDomain={[X.min, X.max]}
        yDomain={Y_DOMAIN}
        xLabel="input x"
        yLabel="ReLU(x)"
        series={[{ id: "relu", points: CURVE, className: "relu" }]}
        markers={[{ x: state.x, y: output }]}
      />
      <StepList steps={steps} label="ReLU, step by step" />
    </div>
  );
}
