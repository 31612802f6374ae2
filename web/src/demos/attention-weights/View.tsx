import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { VALUE, chipAlpha, compute, percent, setValue, vectorsOf, type AttentionState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const cell = { padding: "0.2rem 0.35rem", ...mono, textAlign: "right" as const, whiteSpace: "nowrap" as const };
const input = { ...mono, width: "3.6rem", minHeight: "2rem", fontSize: "0.95rem" } as const;

export default function AttentionWeights({ state, setState }: DemoViewProps<AttentionState>) {
  const view = compute(state);
  const vectors = vectorsOf(state);
  const from = view.words[state.from]!;
  return (
    <div className="demo-body">
      <div className="buttons" role="group" aria-label="the word to look from">
        <span className="muted">Look from:</span>
        {view.words.map((w, i) => (
          <button
            key={i}
            type="button"
            aria-pressed={i === state.from}
            className={i === state.from ? "button" : "button ghost"}
            onClick={() => setState({ ...state, from: i })}
          >
            {w}
          </button>
        ))}
      </div>

      <p className="muted">How much attention &ldquo;{from}&rdquo; pays to each word (brighter = more):</p>
      <div aria-hidden="true" style={{ display: "flex", flexWrap: "wrap", gap: "0.4rem", margin: "0.4rem 0" }}>
        {view.rows.map((r, i) => (
          <span
            key={i}
            style={{
              display: "inline-flex",
              flexDirection: "column",
              alignItems: "center",
              padding: "0.25rem 0.5rem",
              borderRadius: 6,
              background: `rgba(217, 72, 15, ${chipAlpha(r.weight)})`,
              color: chipAlpha(r.weight) > 0.55 ? "#fff" : "inherit",
              outline: i === state.from ? "2px solid var(--accent)" : undefined,
              fontWeight: i === view.top ? 700 : 400,
            }}
          >
            <span>{r.word}</span>
            <span style={{ ...mono, fontSize: "0.75rem" }}>{percent(r.weight)}</span>
          </span>
        ))}
      </div>

      <div className="side-by-side">
        <div style={{ overflowX: "auto" }}>
          <table aria-label="the word vectors (type to change them)" style={{ borderCollapse: "collapse" }}>
            <caption className="muted" style={{ textAlign: "left" }}>
              Each word&rsquo;s vector. Type new numbers ({VALUE.min} to {VALUE.max}).
            </caption>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>word</th>
                {vectors[0]!.map((_, j) => (
                  <th key={j} scope="col" style={cell}>
                    {j + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {vectors.map((v, i) => (
                <tr key={i}>
                  <th scope="row" style={{ textAlign: "left", fontWeight: i === state.from ? 700 : 400 }}>
                    {view.words[i]}
                  </th>
                  {v.map((x, j) => (
                    <td key={j} style={{ padding: "0.1rem 0.2rem" }}>
                      <input
                        type="number"
                        min={VALUE.min}
                        max={VALUE.max}
                        step={VALUE.step}
                        value={x}
                        aria-label={`${view.words[i]}, number ${j + 1}`}
                        style={input}
                        onChange={(e) => setState(setValue(state, i, j, e.currentTarget.value === "" ? 0 : Number(e.currentTarget.value)))}
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <div style={{ overflowX: "auto" }}>
          <table aria-label={`scores and weights, looking from ${from}`} style={{ borderCollapse: "collapse", width: "100%" }}>
            <caption className="muted" style={{ textAlign: "left" }}>
              1. score (dot product), 2. weight (softmax)
            </caption>
            <thead>
              <tr>
                <th scope="col" style={{ textAlign: "left" }}>word</th>
                <th scope="col" style={cell}>score</th>
                <th scope="col" style={cell}>weight</th>
                <th scope="col" style={{ width: "35%" }}>
                  <span className="visually-hidden">bar</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r, i) => (
                <tr key={i} style={i === view.top ? { fontWeight: 700 } : undefined}>
                  <th scope="row" style={{ textAlign: "left" }}>{r.word}</th>
                  <td style={cell}>{fmt(r.score)}</td>
                  <td style={cell}>{fmt(r.weight)}</td>
                  <td>
                    <span
                      aria-hidden="true"
                      style={{ display: "block", height: 12, width: `${Math.max(1, r.weight * 100)}%`, background: i === view.top ? "#d9480f" : "var(--accent)", borderRadius: 3 }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <p className="result" aria-live="polite">
        &ldquo;{from}&rdquo; pays the most attention to &ldquo;{view.words[view.top]}&rdquo; ({percent(view.rows[view.top]!.weight)}).
        3. Its output vector: <strong>[{view.output.map((x) => fmt(x)).join(", ")}]</strong>
      </p>

      <h4 className="steps-title">Every step, looking from &ldquo;{from}&rdquo;</h4>
      <StepList steps={view.steps} label={`Attention from ${from}, step by step`} />
    </div>
  );
}
