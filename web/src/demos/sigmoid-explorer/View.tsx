import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { CURVE, X, Y_DOMAIN, compute, type XState } from "./logic";

export default function SigmoidExplorer({ state, setState }: DemoViewProps<XState>) {
  const { steps, output } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input" label="input (x)" {...X} value={state.x} onChange={(x) => setState({ x })} />
      </div>
      <p className="result">
        sigmoid({fmt(state.x)}) = <strong>{fmt(output)}</strong>
      </p>
      <Plot
        description={`The S-shaped sigmoid curve, from 0 on the left to 1 on the right; the dot is at input ${fmt(state.x)}, output ${fmt(output)}.`}
        xDomain={[X.min, X.max]}
        yDomain={Y_DOMAIN}
        xLabel="input x"
        yLabel="sigmoid(x)"
        series={[{ id: "sigmoid", points: CURVE, className: "sigmoid" }]}
        markers={[{ x: state.x, y: output }]}
      />
      <StepList steps={steps} label="Sigmoid, step by step" />
    </div>
  );
}
