import { Fragment, useId } from "react";
import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { withItem } from "../state";
import { Slider } from "../ui/Slider";
import { MAX_CLASSES, MIN_CLASSES, SCORE, addClass, compute, percent, removeClass, type SoftmaxState } from "./logic";

const cell = { padding: "0.2rem 0.35rem", fontFamily: "var(--mono)", textAlign: "right" as const, whiteSpace: "nowrap" as const };

export default function SoftmaxBars({ state, setState }: DemoViewProps<SoftmaxState>) {
  const pickId = useId();
  const view = compute(state);
  const n = state.scores.length;
  return (
    <div className="demo-body">
      <div className="controls">
        {state.scores.map((score, i) => (
          <Slider
            key={i}
            name={`score of class ${i}`}
            label={`class ${i} score`}
            {...SCORE}
            value={score}
            onChange={(v) => setState({ ...state, scores: withItem(state.scores, i, v) })}
          />
        ))}
      </div>
      <div className="buttons" role="group" aria-label="Number of classes">
        <button type="button" className="button secondary" disabled={n >= MAX_CLASSES} onClick={() => setState(addClass(state))}>
          Add a class
        </button>
        <button type="button" className="button secondary" disabled={n <= MIN_CLASSES} onClick={() => setState(removeClass(state))}>
          Remove the last class
        </button>
        <span className="muted">{n} classes</span>
      </div>

      <div style={{ overflowX: "auto" }}>
        <table aria-label="Softmax, class by class" style={{ borderCollapse: "collapse", width: "100%", maxWidth: "34rem", fontSize: "0.9rem" }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: "left" }}>class</th>
              <th scope="col" style={cell}>score</th>
              <th scope="col" style={cell}>1. e^score</th>
              <th scope="col" style={cell}>2. ÷ total</th>
              <th scope="col" style={{ width: "30%" }}>chance</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r, i) => (
              <tr key={i} style={i === view.prediction ? { fontWeight: 700 } : undefined}>
                <th scope="row" style={{ textAlign: "left" }}>
                  {i}
                  {i === state.target ? " ✓" : ""}
                </th>
                <td style={cell}>{fmt(r.score)}</td>
                <td style={cell}>{fmt(r.power)}</td>
                <td style={cell}>{fmt(r.chance)}</td>
                <td>
                  <span style={{ display: "flex", alignItems: "center", gap: 4 }}>
                    <span
                      aria-hidden="true"
                      style={{
                        display: "block",
                        height: 12,
                        width: `${Math.max(0.5, r.chance * 100)}%`,
                        background: i === view.prediction ? "#d9480f" : "var(--accent)",
                        borderRadius: 3,
                      }}
                    />
                    <span style={{ fontFamily: "var(--mono)", fontSize: "0.8rem" }}>{percent(r.chance)}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" style={{ textAlign: "left" }}>total</th>
              <td />
              <td style={cell}>{fmt(view.total)}</td>
              <td style={cell}>{fmt(view.rows.reduce((a, r) => a + r.chance, 0))}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>

      <p className="result" aria-live="polite">
        Prediction: class <strong>{view.prediction}</strong>, with chance <strong>{fmt(view.rows[view.prediction]!.chance)}</strong>.
      </p>

      <div className="controls">
        <div className="slider">
          <label htmlFor={pickId}>the right class (the label)</label>
          <select id={pickId} style={{ gridColumn: "1 / -1", minHeight: "2rem" }} value={state.target} onChange={(e) => setState({ ...state, target: Number(e.currentTarget.value) })}>
            {state.scores.map((_, i) => (
              <option key={i} value={i}>
                class {i}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="result" aria-live="polite">
        Cross-entropy loss: −ln({fmt(view.rows[state.target]!.chance)}) = <strong>{fmt(view.loss)}</strong>
      </p>
      <p className="muted">
        Slopes (chance − target), the push training gives each score:{" "}
        {view.rows.map((r, i) => (
          <Fragment key={i}>
            {i > 0 ? ", " : ""}
            <span style={{ fontFamily: "var(--mono)", whiteSpace: "nowrap" }}>
              class {i}: {fmt(r.slope)}
            </span>
          </Fragment>
        ))}
      </p>

      <div className="side-by-side">
        <div>
          <h4 className="steps-title">Softmax, step by step</h4>
          <StepList steps={view.softmaxSteps} label="Softmax, step by step" />
        </div>
        <div>
          <h4 className="steps-title">The loss, step by step</h4>
          <StepList steps={view.lossSteps} label="Cross-entropy, step by step" />
        </div>
      </div>
    </div>
  );
}
