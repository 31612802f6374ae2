import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Slider } from "../ui/Slider";
import { RANGES, X_DOMAIN, Y_DOMAIN, compute, line, type GraphState } from "./logic";

export default function NeuronGraph({ state, setState }: DemoViewProps<GraphState>) {
  const { steps, output } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="weight" label="weight (w): the slope" {...RANGES.w} value={state.w} onChange={(w) => setState({ ...state, w })} />
        <Slider name="bias" label="bias (b): the height" {...RANGES.b} value={state.b} onChange={(b) => setState({ ...state, b })} />
        <Slider name="input" label="input (x): the dot" {...RANGES.x} value={state.x} onChange={(x) => setState({ ...state, x })} />
      </div>
      <Plot
        description={`A straight line of output against input, slope ${fmt(state.w)}, height at zero ${fmt(state.b)}; the dot is at input ${fmt(state.x)}, output ${fmt(output)}.`}
        xDomain={X_DOMAIN}
        yDomain={Y_DOMAIN}
        xLabel="input x"
        yLabel="output"
        series={[{ id: "line", points: line(state) }]}
        markers={[{ x: state.x, y: output }]}
      />
      <StepList steps={steps} label="The dot's output, step by step" />
    </div>
  );
}
