import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice } from "../ui/Slider";
import { EXAMPLES, SENTENCES, cellAlpha, compute, withExample, type HeatmapState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
// Proportional type and a small size keep seven columns inside a 375 px screen.
const head = { padding: "0.15rem 0.1rem", fontSize: "0.72rem", fontWeight: 600, fontFamily: "var(--sans)" } as const;

export default function AttentionHeatmap({ state, setState }: DemoViewProps<HeatmapState>) {
  const view = compute(state);
  const words = view.sentence.words;
  const from = words[state.row]!;
  return (
    <div className="demo-body">
      <Choice
        name="the sentence"
        value={state.example}
        options={EXAMPLES.map((e) => ({ value: e, label: SENTENCES[e].label }))}
        onChange={(e) => setState(withExample(state, e))}
      />
      <p className="muted">
        Hand-made vectors, not learned ({view.sentence.meaning}). Each row is one word looking at every word; the row adds up to 1. Brighter = more
        attention. Press a word on the left to see its steps.
      </p>
      <div style={{ overflowX: "auto" }}>
        <table aria-label="attention weights: rows look from, columns look at" style={{ borderCollapse: "collapse", ...mono }}>
          <thead>
            <tr>
              <th scope="col" style={{ ...head, textAlign: "left" }}>
                from ↓ at →
              </th>
              {words.map((w, j) => (
                <th key={j} scope="col" style={head}>
                  {w}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.weights.map((row, i) => (
              <tr key={i}>
                <th scope="row" style={{ padding: "0.1rem 0.2rem 0.1rem 0", textAlign: "left" }}>
                  <button
                    type="button"
                    aria-pressed={i === state.row}
                    className={i === state.row ? "button" : "button ghost"}
                    style={{ padding: "0.15rem 0.35rem", minHeight: "1.9rem", fontSize: "0.8rem" }}
                    onClick={() => setState({ ...state, row: i })}
                  >
                    {words[i]}
                  </button>
                </th>
                {row.map((w, j) => {
                  const alpha = cellAlpha(w);
                  return (
                    <td
                      key={j}
                      aria-label={`${words[i]} looks at ${words[j]}: ${fmt(w)}`}
                      style={{
                        padding: "0.3rem 0.25rem",
                        minWidth: "2.3rem",
                        textAlign: "center",
                        fontSize: "0.8rem",
                        background: `rgba(217, 72, 15, ${alpha})`,
                        color: alpha > 0.55 ? "#fff" : "inherit",
                        border: "1px solid var(--line)",
                        outline: i === state.row ? "2px solid var(--accent)" : undefined,
                        fontWeight: j === view.top[i] ? 700 : 400,
                      }}
                    >
                      {fmt(w, 2)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="result" aria-live="polite">
        &ldquo;{from}&rdquo; looks most at &ldquo;{words[view.top[state.row]!]}&rdquo;, with weight <strong>{fmt(view.weights[state.row]![view.top[state.row]!]!)}</strong>.
      </p>
      <h4 className="steps-title">Row &ldquo;{from}&rdquo;, step by step</h4>
      <StepList steps={view.steps} label={`Attention from ${from}, step by step`} />
    </div>
  );
}
