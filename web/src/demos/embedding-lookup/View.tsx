import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { boxRow, litBox } from "../ui/boxes";
import { PLACES, VALUE, VOCAB, compute, rowsOf, setValue, type LookupState } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const input = { ...mono, width: "3.6rem", minHeight: "2rem", fontSize: "0.95rem" } as const;
const vec = (v: readonly number[]) => `[${v.map((x) => fmt(x)).join(", ")}]`;

interface TableProps {
  label: string;
  caption: string;
  names: readonly string[];
  rows: number[][];
  lit: number;
  onEdit: (i: number, j: number, value: number) => void;
}

/** An editable table, one row per token (or place); the picked row is lit. */
function EditTable({ label, caption, names, rows, lit, onEdit }: TableProps) {
  return (
    <div style={{ overflowX: "auto" }}>
      <table aria-label={label} style={{ borderCollapse: "collapse" }}>
        <caption className="muted" style={{ textAlign: "left" }}>
          {caption}
        </caption>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i} style={i === lit ? { background: "var(--accent)", color: "var(--accent-ink)" } : undefined}>
              <th scope="row" style={{ textAlign: "left", padding: "0.1rem 0.4rem", ...mono }}>
                {names[i]}
              </th>
              {row.map((x, j) => (
                <td key={j} style={{ padding: "0.1rem 0.2rem" }}>
                  <input
                    type="number"
                    min={VALUE.min}
                    max={VALUE.max}
                    step={VALUE.step}
                    value={x}
                    aria-label={`${names[i]}, number ${j + 1}`}
                    style={input}
                    onChange={(e) => onEdit(i, j, e.currentTarget.value === "" ? 0 : Number(e.currentTarget.value))}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function EmbeddingLookup({ state, setState }: DemoViewProps<LookupState>) {
  const view = compute(state);
  const token = VOCAB[state.token]!;
  const placeNames = Array.from({ length: PLACES }, (_, t) => `place ${t}`);
  const tokenNames = VOCAB.map((w, i) => `${i} ${w}`);
  return (
    <div className="demo-body">
      <div className="buttons" role="group" aria-label="the token to look up">
        <span className="muted">Token:</span>
        {VOCAB.map((w, i) => (
          <button key={i} type="button" aria-pressed={i === state.token} className={i === state.token ? "button" : "button ghost"} onClick={() => setState({ ...state, token: i })}>
            {w} <span className="muted">(id {i})</span>
          </button>
        ))}
      </div>
      <div className="buttons" role="group" aria-label="the place of the token in the text">
        <span className="muted">Place in the text:</span>
        {placeNames.map((_, t) => (
          <button key={t} type="button" aria-pressed={t === state.place} className={t === state.place ? "button" : "button ghost"} onClick={() => setState({ ...state, place: t })}>
            {t}
          </button>
        ))}
      </div>

      <div className="side-by-side">
        <EditTable
          label="the token table (type to change it)"
          caption={`Token table: ${VOCAB.length} rows × 3 numbers. Type new numbers (${VALUE.min} to ${VALUE.max}).`}
          names={tokenNames}
          rows={rowsOf(state.table)}
          lit={state.token}
          onEdit={(i, j, v) => setState(setValue(state, "table", i, j, v))}
        />
        <EditTable
          label="the position table (type to change it)"
          caption={`Position table: ${PLACES} rows, one per place.`}
          names={placeNames}
          rows={rowsOf(state.positions)}
          lit={state.place}
          onEdit={(i, j, v) => setState(setValue(state, "positions", i, j, v))}
        />
      </div>

      <p className="result" aria-live="polite">
        1. Lookup: token id {state.token} (&ldquo;{token}&rdquo;) takes row {state.token}: <strong>{vec(view.row)}</strong>. No sums at all.
      </p>

      <p className="muted">2. The long way: the one-hot row of &ldquo;{token}&rdquo;, times the table.</p>
      <div style={boxRow} role="img" aria-label={`the one-hot row [${view.oneHot.join(", ")}]`}>
        {view.oneHot.map((h, k) => (
          <div key={k} style={{ textAlign: "center" }}>
            <div style={litBox(h === 1)}>{h}</div>
            <div className="muted" style={{ fontSize: "0.8rem" }}>
              {VOCAB[k]}
            </div>
          </div>
        ))}
      </div>
      <StepList steps={view.productSteps} label={`One-hot row of ${token} times the table, step by step`} />
      <p>
        Same row: <strong>{vec(view.product)}</strong>. It took {view.multiplications} multiplications, and all but 3 of them were by 0.
      </p>

      <p className="result">
        3. Add the row of place {state.place}: {vec(view.row)} + {vec(view.placeRow)} = <strong>{vec(view.sum)}</strong>. This is what the first block gets for
        &ldquo;{token}&rdquo; in place {state.place}.
      </p>
    </div>
  );
}
