import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { XYChart } from "../ui/XYChart";
import { BIAS, WEIGHT, compute, domains, type LinesState, type Mode } from "./logic";

export default function ErrorLines({ state, setState }: DemoViewProps<LinesState>) {
  const { rows, steps, mse } = compute(state);
  const d = domains(state);
  const showLoss = state.mode === "loss";
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="weight" label="weight (w): tips the line" {...WEIGHT} value={state.w} onChange={(w) => setState({ ...state, w })} />
        <Slider name="bias" label="bias (b): lifts the line" {...BIAS} value={state.b} onChange={(b) => setState({ ...state, b })} />
        <Choice<Mode>
          name="Show"
          value={state.mode}
          options={[
            { value: "errors", label: "errors" },
            { value: "loss", label: "errors, squares and the mean" },
          ]}
          onChange={(mode) => setState({ ...state, mode })}
        />
      </div>
      <XYChart
        description={`${rows.length} examples as dots and the neuron's line with weight ${fmt(state.w)} and bias ${fmt(state.b)}. Errors: ${rows.map((r) => fmt(r.error)).join(", ")}.${showLoss ? ` Mean squared error ${fmt(mse)}.` : ""}`}
        xDomain={d.x}
        yDomain={d.y}
        xLabel="input"
        yLabel="output and target"
        series={[{ id: "line", points: d.x.map((x) => [x, x * state.w + state.b] as [number, number]) }]}
        segments={rows.map((r) => ({ x1: r.x, y1: r.target, x2: r.x, y2: r.output }))}
        dots={rows.map((r) => ({ x: r.x, y: r.target }))}
      />
      <div className="table-wrap">
        <table className="progress-table">
          <caption className="visually-hidden">Each example, its output and its error</caption>
          <thead>
            <tr>
              <th scope="col">input</th>
              <th scope="col">target</th>
              <th scope="col">output</th>
              <th scope="col">error</th>
              {showLoss && <th scope="col">error × error</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td>{fmt(r.x)}</td>
                <td>{fmt(r.target)}</td>
                <td>{fmt(r.output)}</td>
                <td style={{ color: r.error === 0 ? undefined : "var(--bad)" }}>{fmt(r.error)}</td>
                {showLoss && <td>{fmt(r.square)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {showLoss ? (
        <>
          <p className="result" aria-live="polite">
            Mean squared error: <strong>{fmt(mse)}</strong>
          </p>
          <StepList steps={steps} label="The mean squared error, step by step" />
        </>
      ) : (
        <p className="result" aria-live="polite">
          Errors: <strong>{rows.map((r) => fmt(r.error)).join(", ")}</strong>
        </p>
      )}
    </div>
  );
}
