import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import { ERROR_DOMAIN, LOSS_DOMAIN, VALUE, compute, curve, sideOf, type SquaredState } from "./logic";

const CURVE = curve();

export default function SquaredError({ state, setState }: DemoViewProps<SquaredState>) {
  const { steps, error, loss } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="prediction" label="prediction (the neuron's output)" {...VALUE} value={state.prediction} onChange={(prediction) => setState({ ...state, prediction })} />
        <Slider name="target" label="target (what we want)" {...VALUE} value={state.target} onChange={(target) => setState({ ...state, target })} />
      </div>
      <p className="result" aria-live="polite">
        Error <strong>{fmt(error)}</strong> ({sideOf(error)}), loss <strong>{fmt(loss)}</strong>
      </p>
      <StepList steps={steps} label="The error, then the error times itself" />
      <XYChart
        description={`The loss against the error: a U shape with its bottom at 0. The dot is at error ${fmt(error)}, loss ${fmt(loss)}.`}
        xDomain={ERROR_DOMAIN}
        yDomain={LOSS_DOMAIN}
        xLabel="error"
        yLabel="loss (error × error)"
        series={[{ id: "u", points: CURVE }]}
        segments={[{ x1: error, y1: 0, x2: error, y2: loss, color: "#e8590c", dashed: true, width: 2 }]}
        dots={[{ x: error, y: loss }]}
      />
    </div>
  );
}
