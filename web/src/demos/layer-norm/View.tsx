import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { BETA, EPS, GAMMA, MAX_LEN, MIN_LEN, VALUE, addValue, compute, removeValue, type LayerNormState } from "./logic";
import { withItem } from "../state";

const scroll = { overflowX: "auto", maxWidth: "100%" } as const;
const cell = { padding: "0.25rem 0.5rem", textAlign: "right", borderBottom: "1px solid var(--line)", fontFamily: "var(--mono)", whiteSpace: "nowrap" } as const;
const head = { ...cell, textAlign: "left", fontFamily: "inherit", fontWeight: 600 } as const;

export default function LayerNormDemo({ state, setState }: DemoViewProps<LayerNormState>) {
  const v = compute(state);
  const set = (patch: Partial<LayerNormState>) => setState({ ...state, ...patch });
  const n = state.values.length;
  const rows: { label: string; values: number[] }[] = [
    { label: "your numbers", values: state.values },
    { label: "gap from the mean", values: v.gaps },
    { label: "÷ standard deviation", values: v.normalised },
    { label: `× γ (${fmt(state.gamma)}) + β (${fmt(state.beta)})`, values: v.output },
  ];
  return (
    <div className="demo-body">
      <div className="controls">
        {state.values.map((x, i) => (
          <Slider key={i} name={`number ${i + 1}`} {...VALUE} value={x} onChange={(nv) => set({ values: withItem(state.values, i, nv) })} />
        ))}
      </div>
      <div className="buttons" role="group" aria-label="How many numbers">
        <button type="button" className="button secondary" disabled={n >= MAX_LEN} onClick={() => setState(addValue(state))}>
          Add a number
        </button>
        <button type="button" className="button secondary" disabled={n <= MIN_LEN} onClick={() => setState(removeValue(state))}>
          Remove the last number
        </button>
        <span className="muted">
          {n} numbers ({MIN_LEN} to {MAX_LEN})
        </span>
      </div>
      <div className="controls">
        <Slider name="scale γ (gamma)" {...GAMMA} value={state.gamma} onChange={(gamma) => set({ gamma })} />
        <Slider name="shift β (beta)" {...BETA} value={state.beta} onChange={(beta) => set({ beta })} />
      </div>
      <div aria-live="polite">
        <p className="result">
          mean <strong>{fmt(v.mean)}</strong>, variance <strong>{fmt(v.variance)}</strong>, standard deviation <strong>{fmt(v.std)}</strong>
        </p>
        {v.flat && (
          <p className="muted">
            All the numbers are the same, so the variance is 0. The tiny ε ({fmt(EPS)}) keeps us from dividing by 0, and every gap is 0.
          </p>
        )}
      </div>
      <div style={scroll}>
        <table aria-label="Layer normalisation, number by number" style={{ borderCollapse: "collapse", margin: "0.4rem 0" }}>
          <thead>
            <tr>
              <th scope="col" style={head}>
                stage
              </th>
              {state.values.map((_, i) => (
                <th key={i} scope="col" style={{ ...head, textAlign: "right" }}>
                  #{i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row" style={head}>
                  {r.label}
                </th>
                {r.values.map((x, i) => (
                  <td key={i} style={cell}>
                    {fmt(x)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Choice
        name="Show every step"
        value={state.steps}
        options={[
          { value: "yes", label: "yes" },
          { value: "no", label: "no, just the table" },
        ]}
        onChange={(steps) => set({ steps })}
      />
      {state.steps === "yes" && <StepList steps={v.steps} label="Layer normalisation, step by step" />}
    </div>
  );
}
