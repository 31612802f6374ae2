import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { withItem } from "../state";
import { R, compute, grid, type GridState } from "./logic";

const on = { background: "var(--accent-soft)", fontWeight: 700 } as const;
const cell = { padding: "0.3rem 0.6rem", textAlign: "center", fontFamily: "var(--mono)" } as const;

function Grid({ name, m, hiRow, hiCol, pick }: { name: string; m: number[][]; hiRow?: number; hiCol?: number; pick?: (r: number, c: number) => void }) {
  return (
    <table aria-label={name} style={{ borderCollapse: "collapse", margin: "0 0.4rem" }}>
      <caption>{name}</caption>
      <tbody>
        {m.map((row, r) => (
          <tr key={r}>
            {row.map((v, c) => {
              const lit = r + 1 === hiRow || c + 1 === hiCol;
              return (
                <td key={c} style={{ ...cell, ...(lit ? on : {}) }}>
                  {pick ? (
                    <button type="button" className="button ghost" aria-pressed={lit} aria-label={`answer row ${r + 1}, column ${c + 1}: ${fmt(v)}`} onClick={() => pick(r + 1, c + 1)}>
                      {fmt(v)}
                    </button>
                  ) : (
                    fmt(v)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function MatmulGrid({ state, setState }: DemoViewProps<GridState>) {
  const { answer, picked, steps } = compute(state);
  const names = ["top left", "top right", "bottom left", "bottom right"];
  return (
    <div className="demo-body">
      <div className="controls">
        {state.a.map((v, i) => (
          <Slider key={`a${i}`} name={`A, ${names[i]}`} {...R} value={v} onChange={(x) => setState({ ...state, a: withItem(state.a, i, x) })} />
        ))}
        {state.b.map((v, i) => (
          <Slider key={`b${i}`} name={`B, ${names[i]}`} {...R} value={v} onChange={(x) => setState({ ...state, b: withItem(state.b, i, x) })} />
        ))}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: "0.3rem" }}>
        <Grid name="A" m={grid(state.a)} hiRow={state.row} />
        <span aria-hidden="true">×</span>
        <Grid name="B" m={grid(state.b)} hiCol={state.col} />
        <span aria-hidden="true">=</span>
        <Grid name="A × B (click a number)" m={answer} hiRow={state.row} hiCol={state.col} pick={(row, col) => setState({ ...state, row, col })} />
      </div>
      <p className="result" aria-live="polite">
        Row {state.row} of A with column {state.col} of B: <strong>{picked[0]!.expr}</strong>
      </p>
      <StepList steps={steps} label="Every answer, one by one" />
    </div>
  );
}
