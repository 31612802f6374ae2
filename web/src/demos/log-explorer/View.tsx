import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Plot } from "../ui/Plot";
import { Choice, Slider } from "../ui/Slider";
import { BASES, X, compute, curve, type Base, type LogState } from "./logic";

const options = BASES.map((b) => ({ value: b, label: b === "e" ? "e (about 2.718): ln" : b }));

export default function LogExplorer({ state, setState }: DemoViewProps<LogState>) {
  const { steps, answer, back } = compute(state);
  const name = state.base === "e" ? "ln" : `log base ${state.base}`;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="number" {...X} value={state.x} onChange={(x) => setState({ ...state, x })} />
        <Choice name="base" value={state.base} options={options} onChange={(base: Base) => setState({ ...state, base })} />
      </div>
      <p className="result" aria-live="polite">
        {name} of {fmt(state.x)} = <strong>{fmt(answer)}</strong>
      </p>
      <Plot
        description={`The ${name} curve: it climbs quickly for small numbers, then more and more slowly. The dot is at ${fmt(state.x)}, height ${fmt(answer)}.`}
        xDomain={[0, X.max]}
        yDomain={[-2, 7]}
        xLabel="number"
        yLabel={name}
        series={[{ id: "log", points: curve(state.base) }]}
        markers={[{ x: state.x, y: answer }]}
      />
      <StepList steps={steps} label="How many times?" />
      {back.length > 0 && <StepList steps={back} label="Check: e to that power gives the number back" />}
    </div>
  );
}
