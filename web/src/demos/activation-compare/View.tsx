import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { RELU_CURVE, RELU_Y, SIGMOID_CURVE, SIGMOID_Y, X, compute, type XState } from "./logic";

export default function ActivationCompare({ state, setState }: DemoViewProps<XState>) {
  const { sigmoid, relu } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="input" label="input (x)" {...X} value={state.x} onChange={(x) => setState({ x })} />
      </div>
      <div className="side-by-side">
        <div>
          <p className="result">
            sigmoid({fmt(state.x)}) = <strong>{fmt(sigmoid.output)}</strong>
          </p>
          <Plot
            description={`Sigmoid curve with the dot at input ${fmt(state.x)}, output ${fmt(sigmoid.output)}.`}
            xDomain={[X.min, X.max]}
            yDomain={SIGMOID_Y}
            xLabel="input x"
            yLabel="sigmoid(x)"
            series={[{ id: "s", points: SIGMOID_CURVE, className: "sigmoid" }]}
            markers={[{ x: state.x, y: sigmoid.output }]}
            height={200}
          />
          <StepList steps={sigmoid.steps} label="Sigmoid, step by step" />
        </div>
        <div>
          <p className="result">
            ReLU({fmt(state.x)}) = <strong>{fmt(relu.output)}</strong>
          </p>
          <Plot
            description={`ReLU graph with the dot at input ${fmt(state.x)}, output ${fmt(relu.output)}.`}
            xDomain={[X.min, X.max]}
            yDomain={RELU_Y}
            xLabel="input x"
            yLabel="ReLU(x)"
            series={[{ id: "r", points: RELU_CURVE, className: "relu" }]}
            markers={[{ x: state.x, y: relu.output }]}
            height={200}
          />
          <StepList steps={relu.steps} label="ReLU, step by step" />
        </div>
      </div>
    </div>
  );
}
