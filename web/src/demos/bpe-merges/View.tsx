import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { boxRow, litBox } from "../ui/boxes";
import { Slider } from "../ui/Slider";
import { TextBox } from "../ui/TextBox";
import { MAX_MERGES, MAX_TEXT, compute, withMerges, withText, type BpeMergesState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const th = { textAlign: "left", padding: "0.2rem 0.5rem" } as const;
const td = { padding: "0.2rem 0.5rem", ...mono } as const;
const chip = (merged: boolean) => ({ ...litBox(merged), minWidth: "1.6rem", fontSize: "1rem", padding: "0.2rem 0.35rem" }) as const;

export default function BpeMerges({ state, setState }: DemoViewProps<BpeMergesState>) {
  const view = compute(state);
  const last = view.merges[view.merges.length - 1];
  return (
    <div className="demo-body">
      <TextBox label="The training text" name="training text" rows={2} max={MAX_TEXT} value={view.text} onChange={(text) => setState(withText(state, text))} fontSize="1rem" />
      {view.text === "" ? (
        <p className="result" aria-live="polite">
          The text is empty, so there is nothing to merge. Type a few words.
        </p>
      ) : (
        <>
          <div className="buttons" role="group" aria-label="merge controls">
            <button
              type="button"
              className="button"
              disabled={state.merges >= MAX_MERGES || view.stoppedEarly}
              onClick={() => setState(withMerges(state, state.merges + 1))}
            >
              Merge once
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={state.merges >= MAX_MERGES || view.stoppedEarly}
              onClick={() => setState(withMerges(state, state.merges + 5))}
            >
              Merge 5 times
            </button>
            <button type="button" className="button ghost" disabled={state.merges === 0} onClick={() => setState(withMerges(state, 0))}>
              Back to 0 merges
            </button>
          </div>
          <Slider name="merges" label={`Merges (0 to ${MAX_MERGES})`} min={0} max={MAX_MERGES} step={1} value={state.merges} onChange={(m) => setState(withMerges(state, m))} />
          <p className="result" aria-live="polite">
            {view.characters} characters, {view.bytes} bytes → <strong>{view.tokens.length} tokens</strong> after {view.merges.length}{" "}
            {view.merges.length === 1 ? "merge" : "merges"}. Vocabulary: 256 bytes + {view.merges.length} = {view.vocabSize} tokens.
            {last && (
              <>
                {" "}
                Last merge: ({last.left}, {last.right}) → <strong style={mono}>{last.token}</strong>, id {last.id}.
              </>
            )}
          </p>
          {view.stoppedEarly && <p className="muted">The whole text is one token now, so there is no pair left to merge.</p>}
          <p className="muted">The tokens now. Filled chips were made by a merge; ␣ is a space.</p>
          <div style={boxRow} role="list" aria-label={`the ${view.tokens.length} tokens`}>
            {view.tokens.map((t, i) => (
              <div key={i} role="listitem" style={chip(t.merged)} title={`id ${t.id}`} aria-label={`${t.label}, id ${t.id}`}>
                {t.label}
              </div>
            ))}
          </div>
          {view.top.length > 0 && (
            <div style={{ overflowX: "auto" }}>
              <table aria-label="the most common pairs now" style={{ borderCollapse: "collapse" }}>
                <caption style={{ textAlign: "left" }} className="muted">
                  The most common pairs now. The top one is merged next (a tie goes to the pair seen first).
                </caption>
                <thead>
                  <tr>
                    <th style={th}>pair</th>
                    <th style={th}>ids</th>
                    <th style={th}>count</th>
                  </tr>
                </thead>
                <tbody>
                  {view.top.map((r, i) => (
                    <tr key={`${r.ids[0]}-${r.ids[1]}`} style={i === 0 ? { fontWeight: 700 } : undefined}>
                      <td style={td}>
                        ({r.left}, {r.right})
                      </td>
                      <td style={td}>
                        {r.ids[0]}, {r.ids[1]}
                      </td>
                      <td style={td}>{r.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {view.merges.length > 0 && (
            <div style={{ overflowX: "auto" }}>
              <table aria-label="the merges so far" style={{ borderCollapse: "collapse" }}>
                <caption style={{ textAlign: "left" }} className="muted">
                  The merges so far, in order. Encoding a new text applies them in this order.
                </caption>
                <thead>
                  <tr>
                    <th style={th}>#</th>
                    <th style={th}>pair</th>
                    <th style={th}>count</th>
                    <th style={th}>new token</th>
                    <th style={th}>new id</th>
                  </tr>
                </thead>
                <tbody>
                  {view.merges.map((m) => (
                    <tr key={m.step}>
                      <td style={td}>{m.step}</td>
                      <td style={td}>
                        ({m.left}, {m.right})
                      </td>
                      <td style={td}>
                        {m.count}
                        {m.tied ? " (tie)" : ""}
                      </td>
                      <td style={td}>{m.token}</td>
                      <td style={td}>{m.id}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <details>
            <summary>Every step, worked out</summary>
            <StepList steps={view.steps} label="Byte-pair encoding, step by step" />
          </details>
        </>
      )}
    </div>
  );
}
