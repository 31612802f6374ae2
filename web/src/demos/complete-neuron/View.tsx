import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Plot } from "../ui/Plot";
import { Choice, Slider } from "../ui/Slider";
import { BIAS, INPUT, WEIGHT, compute, curveOverInput1, yDomain, type CompleteState } from "./logic";

const ACTIVATION_OPTIONS = [
  { value: "sigmoid", label: "sigmoid" },
  { value: "relu", label: "ReLU" },
] as const;

export default function CompleteNeuron({ state, setState }: DemoViewProps<CompleteState>) {
  const { steps, sumSteps, z, output } = compute(state);
  const curve = curveOverInput1(state);
  const name = state.activation === "sigmoid" ? "sigmoid" : "ReLU";
  return (
    <div className="demo-body">
      <div className="controls">
        {state.inputs.map((x, i) => (
          <div className="control-pair" key={i}>
            <Slider name={`input ${i + 1}`} {...INPUT} value={x} onChange={(v) => setState({ ...state, inputs: withItem(state.inputs, i, v) })} />
            <Slider name={`weight ${i + 1}`} {...WEIGHT} value={state.weights[i] ?? 0} onChange={(v) => setState({ ...state, weights: withItem(state.weights, i, v) })} />
          </div>
        ))}
        <Slider name="bias" {...BIAS} value={state.b} onChange={(b) => setState({ ...state, b })} />
        <Choice name="activation" value={state.activation} options={ACTIVATION_OPTIONS} onChange={(activation) => setState({ ...state, activation })} />
      </div>
      <p className="result">
        weighted sum + bias = {fmt(z)}, then {name}({fmt(z)}) = <strong>{fmt(output)}</strong>
      </p>
      <div className="side-by-side">
        <div>
          <h4 className="steps-title">1. Weighted sum and bias</h4>
          <StepList steps={steps.slice(0, sumSteps)} label="Weighted sum and bias" />
          <h4 className="steps-title">2. {name}</h4>
          <StepList steps={steps.slice(sumSteps)} label={`${name}, step by step`} />
        </div>
        <Plot
          description={`Output of the neuron as input 1 changes, other inputs held still; the dot is at input 1 = ${fmt(state.inputs[0] ?? 0)}, output ${fmt(output)}.`}
          xDomain={[INPUT.min, INPUT.max]}
          yDomain={yDomain(state, curve)}
          xLabel="input 1"
          yLabel="output"
          series={[{ id: "out", points: curve, className: state.activation }]}
          markers={[{ x: state.inputs[0] ?? 0, y: output }]}
        />
      </div>
    </div>
  );
}
