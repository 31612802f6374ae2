import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { KEY, SCORE, SIZE, SWITCH, cellText, compute, hidden, newScores, setScore, shadeOf, withSize, type MaskState, type Switch } from "./logic";

const mono = { fontFamily: "var(--mono)" } as const;
const scroll = { overflowX: "auto", maxWidth: "100%" } as const;
const head = { padding: "0.2rem 0.35rem", textAlign: "center", fontWeight: 600, fontSize: "0.85rem" } as const;
const cell = { padding: "0.2rem 0.3rem", minWidth: "2.6rem", textAlign: "center", border: "1px solid var(--line)", fontSize: "0.85rem", ...mono } as const;
const maskedCell = { ...cell, background: "var(--line)", color: "var(--ink-soft)" } as const;
const ON_OFF = SWITCH.map((v) => ({ value: v, label: v }));

function Head({ t }: { t: number }) {
  return (
    <thead>
      <tr>
        <th style={head}>
          <span className="visually-hidden">looking word</span>
        </th>
        {Array.from({ length: t }, (_, c) => (
          <th key={c} scope="col" style={head}>
            {c + 1}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A table of numbers, one row per word; −infinity cells are grey; weights can be shaded. */
function Table({ name, m, shade = false, sums }: { name: string; m: number[][]; shade?: boolean; sums?: number[] }) {
  return (
    <div style={scroll}>
      <table aria-label={name} style={{ borderCollapse: "collapse", margin: "0.3rem 0" }}>
        <caption className="steps-title" style={{ textAlign: "left" }}>
          {name}
        </caption>
        <Head t={m.length} />
        <tbody>
          {m.map((row, r) => (
            <tr key={r}>
              <th scope="row" style={head}>
                {r + 1}
              </th>
              {row.map((x, c) =>
                x === -Infinity ? (
                  <td key={c} style={maskedCell}>
                    {cellText(x)}
                  </td>
                ) : (
                  <td key={c} style={{ ...cell, background: shade ? `rgba(217, 72, 15, ${shadeOf(x)})` : "var(--paper)", color: shade && shadeOf(x) > 0.55 ? "#fff" : undefined }}>
                    {shade ? fmt(x, 2) : cellText(x)}
                  </td>
                ),
              )}
              {sums && (
                <td style={{ ...cell, border: "none", fontWeight: 700 }} aria-label={`row ${r + 1} adds up to ${fmt(sums[r]!)}`}>
                  = {fmt(sums[r]!)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function CausalMask({ state, setState }: DemoViewProps<MaskState>) {
  const v = compute(state);
  const masked = state.mask === "on";
  const scaled = state.scale === "on";
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="T, the number of words" {...SIZE} value={state.t} onChange={(t) => setState(withSize(state, t))} />
        <Choice<Switch> name="Causal mask" value={state.mask} options={ON_OFF} onChange={(mask) => setState({ ...state, mask })} />
        <Choice<Switch> name="Divide by √d" value={state.scale} options={ON_OFF} onChange={(scale) => setState({ ...state, scale })} />
        {scaled && <Slider name="d, the length of a key" {...KEY} value={state.d} onChange={(d) => setState({ ...state, d })} />}
      </div>
      <div className="buttons">
        <button type="button" className="button secondary" onClick={() => setState(newScores(state))}>
          New scores
        </button>
        <span className="muted">Scores {state.seed}. Type in a white cell to change it.</span>
      </div>
      <div style={scroll}>
        <table aria-label={`the scores, ${state.t} rows of ${state.t}`} style={{ borderCollapse: "collapse", margin: "0.3rem 0" }}>
          <caption className="steps-title" style={{ textAlign: "left" }}>
            The scores: row = the word that looks, column = the word it looks at
          </caption>
          <Head t={state.t} />
          <tbody>
            {v.raw.map((row, r) => (
              <tr key={r}>
                <th scope="row" style={head}>
                  {r + 1}
                </th>
                {row.map((x, c) =>
                  masked && hidden(r, c) ? (
                    <td key={c} style={maskedCell} aria-label={`row ${r + 1}, column ${c + 1}: a later word, masked to minus infinity`}>
                      {cellText(-Infinity)}
                    </td>
                  ) : (
                    <td key={c} style={{ ...cell, padding: 0 }}>
                      <input
                        type="number"
                        min={SCORE.min}
                        max={SCORE.max}
                        step={SCORE.step}
                        value={x}
                        aria-label={`score, row ${r + 1}, column ${c + 1}`}
                        style={{ width: "3.2rem", border: "none", textAlign: "center", fontSize: "0.85rem", ...mono }}
                        onChange={(e) => {
                          const n = e.currentTarget.valueAsNumber;
                          if (Number.isFinite(n)) setState(setScore(state, r, c, n));
                        }}
                      />
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="result" aria-live="polite">
        {masked
          ? `The mask hides ${v.hiddenCount} of ${state.t * state.t} cells: every cell above the diagonal. Row 1 sees only word 1; row ${state.t} sees all ${state.t} words.`
          : "No mask: every word looks at every word, later ones too. A model that guesses the next word could peek at the answer."}
      </p>
      {scaled && <Table name={`What goes into softmax: each score ÷ √${state.d} = ${fmt(v.root)}${masked ? ", then the mask" : ""}`} m={v.masked} />}
      {!scaled && masked && <Table name="What goes into softmax: the scores with the mask" m={v.masked} />}
      {masked && <Table name="Weights without the mask (softmax of each row)" m={v.before} shade />}
      <Table name={masked ? "Weights with the mask: each row still adds up to 1" : "Weights (softmax of each row): each row adds up to 1"} m={v.after} shade sums={v.sums} />
      <Slider name="row to work out" min={1} max={state.t} step={1} value={state.row} onChange={(row) => setState({ ...state, row })} />
      {masked ? (
        <div className="side-by-side">
          <StepList steps={v.rowBefore} label={`Row ${state.row} without the mask`} />
          <StepList steps={v.rowAfter} label={`Row ${state.row} with the mask`} />
        </div>
      ) : (
        <StepList steps={v.rowBefore} label={`Row ${state.row}`} />
      )}
    </div>
  );
}
