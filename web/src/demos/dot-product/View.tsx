import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { withItem } from "../state";
import { R, compute, type DotState } from "./logic";

export default function DotProduct({ state, setState }: DemoViewProps<DotState>) {
  const { steps, products, total } = compute(state);
  return (
    <div className="demo-body">
      <div className="controls">
        {state.a.map((x, i) => (
          <div key={i} className="control-pair">
            <Slider name={`a, position ${i + 1}`} {...R} value={x} onChange={(v) => setState({ ...state, a: withItem(state.a, i, v) })} />
            <Slider name={`b, position ${i + 1}`} {...R} value={state.b[i]!} onChange={(v) => setState({ ...state, b: withItem(state.b, i, v) })} />
          </div>
        ))}
      </div>
      <div className="table-wrap">
        <table aria-label="the two vectors and their products">
          <thead>
            <tr><th scope="col">position</th><th scope="col">a</th><th scope="col">b</th><th scope="col">a × b</th></tr>
          </thead>
          <tbody>
            {state.a.map((x, i) => (
              <tr key={i}><td>{i + 1}</td><td>{fmt(x)}</td><td>{fmt(state.b[i]!)}</td><td>{fmt(products[i]!)}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="result" aria-live="polite">
        a · b = <strong>{fmt(total)}</strong>
      </p>
      <StepList steps={steps} label="The dot product, step by step" />
    </div>
  );
}
