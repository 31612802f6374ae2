import { useId } from "react";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { TextBox } from "../ui/TextBox";
import { MAX_TEXT, MODES, WRITE, compute, showChar, withText, type BigramState, type Mode } from "./logic";

const MODE_LABEL: Record<Mode, string> = { greedy: "greedy: always the biggest chance", sample: "by chance (seeded)" };
const mono = { fontFamily: "var(--mono)" } as const;
const th = { textAlign: "left", padding: "0.2rem 0.5rem" } as const;
const td = { padding: "0.2rem 0.5rem", ...mono } as const;

export default function BigramTable({ state, setState }: DemoViewProps<BigramState>) {
  const firstId = useId();
  const view = compute(state);
  const f = showChar(view.first);
  return (
    <div className="demo-body">
      <TextBox label="The training text" name="training text" rows={4} max={MAX_TEXT} value={view.text} onChange={(text) => setState(withText(state, text))} fontSize="1rem" />
      {view.rows.length === 0 ? (
        <p className="result" aria-live="polite">
          The text needs at least two characters, so that one can come after another.
        </p>
      ) : (
        <>
          <div className="controls">
            <div className="slider">
              <label htmlFor={firstId}>The first character (␣ is a space, ↵ a new line)</label>
              <select
                id={firstId}
                style={{ gridColumn: "1 / -1", minHeight: "2rem", ...mono }}
                value={state.first}
                onChange={(e) => setState({ ...state, first: Number(e.currentTarget.value), runs: 0 })}
              >
                {view.rows.map((ch) => (
                  <option key={ch} value={ch.codePointAt(0)}>
                    {showChar(ch)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="muted">
            What comes right after {f}? The count of each next character, and its chance (count ÷ {view.total}):
          </p>
          <div style={{ overflowX: "auto" }}>
            <table aria-label={`counts after ${f}`} style={{ borderCollapse: "collapse" }}>
              <thead>
                <tr>
                  <th style={th}>next</th>
                  <th style={th}>count</th>
                  <th style={th}>chance</th>
                  <th style={th}>
                    <span className="visually-hidden">bar</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.table.map((r) => (
                  <tr key={r.char} style={r.char === view.best ? { fontWeight: 700 } : undefined}>
                    <td style={td}>{showChar(r.char)}</td>
                    <td style={td}>{r.count}</td>
                    <td style={td}>{r.chanceText}</td>
                    <td style={{ padding: "0.2rem 0.5rem", minWidth: "5rem" }}>
                      <div
                        aria-hidden="true"
                        style={{ height: "0.8rem", width: `${Math.max(2, r.chance * 100)}%`, background: "var(--accent)", borderRadius: "3px" }}
                      />
                    </td>
                  </tr>
                ))}
                <tr>
                  <td style={td}>total</td>
                  <td style={td}>{view.total}</td>
                  <td style={td}>1</td>
                  <td />
                </tr>
              </tbody>
            </table>
          </div>
          <p className="result" aria-live="polite">
            The most likely character after {f} is <strong style={mono}>{view.best === null ? "?" : showChar(view.best)}</strong>.
          </p>
          <StepList steps={view.steps} label={`Counting what comes after ${f}, step by step`} />
          <div className="buttons" role="group" aria-label="how to pick each next character">
            {MODES.map((m) => (
              <button
                key={m}
                type="button"
                aria-pressed={state.mode === m}
                className={state.mode === m ? "button" : "button ghost"}
                onClick={() => setState({ ...state, mode: m, runs: 0 })}
              >
                {MODE_LABEL[m]}
              </button>
            ))}
          </div>
          <div className="buttons">
            <button type="button" className="button secondary" onClick={() => setState({ ...state, runs: state.runs + 1 })}>
              Write {WRITE} characters, starting with {f}
            </button>
          </div>
          {view.written && (
            <div aria-live="polite">
              <p className="muted">
                {state.mode === "greedy"
                  ? "Greedy: each time, the most likely next character. Press again: the same text comes out."
                  : `By chance: each next character is drawn with its chance. Try number ${state.runs}; press again for a new try.`}
              </p>
              <pre style={{ ...mono, whiteSpace: "pre-wrap", wordBreak: "break-word", margin: 0 }}>{view.written.text}</pre>
              {view.written.stuck && (
                <p className="muted">It stopped early: nothing ever comes after the last character in the training text.</p>
              )}
            </div>
          )}
        </>
      )}
    </div>
  );
}
