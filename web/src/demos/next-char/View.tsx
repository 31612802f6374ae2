import { fmt } from "../../explain";
import type { DemoViewProps } from "../registry";
import { Choice } from "../ui/Slider";
import { NEXT_CHAR } from "./data.generated";
import { TOP, compute, percent, promptLabel, type NextCharState, type ShowKind } from "./logic";

const cell = { padding: "0.2rem 0.35rem", fontFamily: "var(--mono)", textAlign: "right" as const, whiteSpace: "nowrap" as const };

export default function NextChar({ state, setState }: DemoViewProps<NextCharState>) {
  const v = compute(state);
  const rows = state.show === "top" ? v.rows.slice(0, TOP) : v.rows;
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice<string>
          name="the prompt"
          value={String(state.prompt)}
          options={NEXT_CHAR.prompts.map((p, i) => ({ value: String(i), label: promptLabel(p.prompt) }))}
          onChange={(p) => setState({ ...state, prompt: Number(p) })}
        />
        <Choice<ShowKind>
          name="show"
          value={state.show}
          options={[
            { value: "top", label: `the ${TOP} most likely` },
            { value: "all", label: `all ${v.vocabSize} characters` },
          ]}
          onChange={(show) => setState({ ...state, show })}
        />
      </div>
      <p>
        The model reads <span style={{ fontFamily: "var(--mono)", whiteSpace: "pre-wrap" }}>{promptLabel(v.prompt)}</span> as {v.ids.length} ids:{" "}
        <span style={{ fontFamily: "var(--mono)" }}>{v.ids.join(", ")}</span>. Its head gives {v.vocabSize} logits for the last place.
      </p>
      <div style={{ overflowX: "auto" }}>
        <table aria-label="The next character: logit, e to the logit, chance" style={{ borderCollapse: "collapse", width: "100%", maxWidth: "34rem", fontSize: "0.9rem" }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: "left" }}>next</th>
              <th scope="col" style={cell}>logit</th>
              <th scope="col" style={cell}>e^logit</th>
              <th scope="col" style={{ width: "40%" }}>chance</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id} style={i === 0 ? { fontWeight: 700 } : undefined}>
                <th scope="row" style={{ textAlign: "left", fontFamily: "var(--mono)" }}>{r.shown}</th>
                <td style={cell}>{fmt(r.logit)}</td>
                <td style={cell}>{fmt(r.power)}</td>
                <td>
                  <span style={{ display: "flex", alignItems: "center", gap: 4 }}>
                    <span aria-hidden="true" style={{ display: "block", height: 12, width: `${Math.max(0.5, r.chance * 100)}%`, background: i === 0 ? "#d9480f" : "var(--accent)", borderRadius: 3 }} />
                    <span style={{ fontFamily: "var(--mono)", fontSize: "0.8rem" }}>{percent(r.chance)}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="result" aria-live="polite">
        Softmax: each e^logit ÷ {fmt(v.total)} (the total over all {v.vocabSize} characters). The best guess is{" "}
        <strong style={{ fontFamily: "var(--mono)" }}>{v.rows[0]!.shown}</strong> with {percent(v.rows[0]!.chance)}.
        {state.show === "top" ? ` The other ${v.vocabSize - TOP} characters share ${percent(v.rest)}.` : ""}
      </p>
      <p className="muted">Real numbers: the shipped char-gpt read each prompt ahead of time, and this page shows what it computed.</p>
    </div>
  );
}
