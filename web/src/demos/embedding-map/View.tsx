import { useId } from "react";
import { fmt } from "../../explain";
import type { DemoViewProps } from "../registry";
import { KINDS, SHARES, SIZE, VOCAB, WIDTH, barPercent, colourOf, markOf, nameOf, neighbours, placed, type MapState } from "./logic";

const QUICK = ["a", "e", "T", " ", ".", "1"] as const;
const dots = placed();

export default function EmbeddingMap({ state, setState }: DemoViewProps<MapState>) {
  const selectId = useId();
  const pick = VOCAB[state.pick]!;
  const near = neighbours(state.pick);
  const nearIds = new Set(near.map((n) => n.id));
  const at = dots[state.pick]!;
  return (
    <div className="demo-body">
      <div className="controls">
        <label htmlFor={selectId}>Character: </label>
        <select id={selectId} value={state.pick} onChange={(e) => setState({ pick: Number(e.currentTarget.value) })}>
          {VOCAB.map((ch, i) => (
            <option key={i} value={i}>
              {nameOf(ch)} (id {i})
            </option>
          ))}
        </select>
      </div>
      <div className="buttons" role="group" aria-label="quick picks">
        {QUICK.map((ch) => {
          const id = VOCAB.indexOf(ch);
          return (
            <button key={ch} type="button" aria-pressed={id === state.pick} className={id === state.pick ? "button" : "button ghost"} onClick={() => setState({ pick: id })}>
              {nameOf(ch)}
            </button>
          );
        })}
      </div>

      <svg
        viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
        style={{ width: "100%", maxWidth: 520, display: "block", background: "var(--paper)", border: "1px solid var(--line, #ccc)", borderRadius: 6 }}
        role="img"
        aria-label={`All ${VOCAB.length} characters on a map. ${nameOf(pick)} is highlighted, with lines to its 5 nearest characters.`}
      >
        {near.map((n) => (
          <line key={n.id} x1={at.x} y1={at.y} x2={dots[n.id]!.x} y2={dots[n.id]!.y} stroke="#d9480f" strokeWidth={1} opacity={0.6} />
        ))}
        {dots.map((d) => {
          const ch = VOCAB[d.id]!;
          const on = d.id === state.pick;
          const close = nearIds.has(d.id);
          return (
            <text
              key={d.id}
              x={d.x}
              y={d.y}
              textAnchor="middle"
              dominantBaseline="middle"
              fontSize={on ? 20 : close ? 16 : 12}
              fontWeight={on || close ? 700 : 400}
              fill={colourOf(ch)}
              style={{ cursor: "pointer", fontFamily: "var(--mono)" }}
              onClick={() => setState({ pick: d.id })}
            >
              {markOf(ch)}
            </text>
          );
        })}
      </svg>
      <p className="muted" style={{ fontSize: "0.85rem" }}>
        {KINDS.map((k) => (
          <span key={k.kind} style={{ marginRight: "0.8rem", whiteSpace: "nowrap", display: "inline-block" }}>
            <span aria-hidden="true" style={{ color: k.colour, fontWeight: 700 }}>
              ●
            </span>{" "}
            {k.label}
          </span>
        ))}
        <br />
        ␣ is the space and ↵ the new line. The colours come from us, not from the model. Each row has {WIDTH} numbers; the map keeps the two directions
        along which the rows differ most ({Math.round(SHARES[0]! * 100)} % and {Math.round(SHARES[1]! * 100)} % of the spread), so it is only a rough picture.
      </p>

      <table aria-label={`the 5 nearest characters to ${nameOf(pick)}`} style={{ borderCollapse: "collapse", width: "100%", maxWidth: 420 }}>
        <caption className="muted" style={{ textAlign: "left" }}>
          Nearest to &ldquo;{nameOf(pick)}&rdquo;, by cosine similarity of all {WIDTH} numbers
        </caption>
        <tbody>
          {near.map((n) => (
            <tr key={n.id}>
              <th scope="row" style={{ textAlign: "left", fontFamily: "var(--mono)", padding: "0.15rem 0.4rem" }}>
                <button type="button" className="button ghost" onClick={() => setState({ pick: n.id })} aria-label={`pick ${nameOf(n.ch)}`}>
                  {nameOf(n.ch)}
                </button>
              </th>
              <td style={{ fontFamily: "var(--mono)", textAlign: "right", padding: "0.15rem 0.4rem" }}>{fmt(n.similarity)}</td>
              <td style={{ width: "45%" }}>
                <span aria-hidden="true" style={{ display: "block", height: 10, width: `${barPercent(n.similarity)}%`, background: colourOf(n.ch), borderRadius: 3 }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="result" aria-live="polite">
        The row of &ldquo;{nameOf(pick)}&rdquo; points most the same way as the row of &ldquo;{nameOf(near[0]!.ch)}&rdquo; ({fmt(near[0]!.similarity)}).
      </p>
    </div>
  );
}
