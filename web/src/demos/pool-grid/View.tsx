import { fmt, type PoolKind } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { KINDS, SIDE, SIZE, STRIDE, VALUE, compute, inWindow, newNumbers, setCell, withShape, type PoolState } from "./logic";

const KIND_LABELS: Record<PoolKind, string> = { max: "max (keep the biggest)", average: "average (mean of the window)" };

const cellStyle = (inPicked: boolean, skipped: boolean) =>
  ({
    width: "100%",
    minWidth: 0,
    padding: "0.3rem 0",
    fontFamily: "var(--mono)",
    fontSize: "0.95rem",
    textAlign: "center",
    background: inPicked ? "var(--accent-soft)" : skipped ? "var(--line)" : "var(--paper)",
    border: inPicked ? "3px solid #d9480f" : "1px solid var(--line)",
    borderRadius: "4px",
  }) as const;

const outStyle = (picked: boolean) =>
  ({
    width: "100%",
    padding: "0.4rem 0",
    fontFamily: "var(--mono)",
    fontSize: "0.95rem",
    textAlign: "center",
    background: picked ? "var(--accent-soft)" : "var(--paper)",
    border: picked ? "3px solid #d9480f" : "1px solid var(--line)",
    borderRadius: "4px",
    cursor: "pointer",
  }) as const;

export default function PoolGrid({ state, setState }: DemoViewProps<PoolState>) {
  const v = compute(state);
  const n = state.side;
  const w = v.picked;
  const coveredSide = (v.outSide - 1) * state.stride + state.size;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="map size (rows and columns)" {...SIDE} value={n} onChange={(side) => setState(withShape(state, { side }))} />
        <Slider name="window size" {...SIZE} value={state.size} onChange={(size) => setState(withShape(state, { size }))} />
        <Slider name="stride" {...STRIDE} value={state.stride} onChange={(stride) => setState(withShape(state, { stride }))} />
        <Choice<PoolKind> name="Keep" value={state.kind} options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))} onChange={(kind) => setState({ ...state, kind })} />
      </div>
      <div className="buttons">
        <button type="button" className="button secondary" onClick={() => setState(newNumbers(state))}>
          New numbers
        </button>
        <span className="muted">Map {state.seed}. Type in any cell to change it (0 to 9).</span>
      </div>
      <p className="result" aria-live="polite">
        Window {state.pick + 1} of {v.windows.length} (rows {w.top + 1}–{w.top + state.size}, columns {w.left + 1}–{w.left + state.size}):{" "}
        <strong>{w.text}</strong>
      </p>
      <div className="side-by-side">
        <div>
          <p className="steps-title">
            The feature map, {n} by {n}
          </p>
          <div role="group" aria-label={`the feature map, ${n} rows of ${n} numbers`} style={{ display: "grid", gridTemplateColumns: `repeat(${n}, minmax(1.9rem, 2.6rem))`, gap: "0.2rem" }}>
            {state.cells.map((x, i) => {
              const r = Math.floor(i / n);
              const c = i % n;
              const skipped = r >= coveredSide || c >= coveredSide;
              return (
                <input
                  key={i}
                  type="number"
                  min={VALUE.min}
                  max={VALUE.max}
                  step={1}
                  value={x}
                  aria-label={`row ${r + 1}, column ${c + 1}${skipped ? ", no window reaches it" : ""}`}
                  style={cellStyle(inWindow(w, state.size, r, c), skipped)}
                  onChange={(e) => setState(setCell(state, i, e.currentTarget.value === "" ? 0 : Number(e.currentTarget.value)))}
                />
              );
            })}
          </div>
        </div>
        <div>
          <p className="steps-title">
            The pooled map, {v.outSide} by {v.outSide}
          </p>
          <div role="group" aria-label="the pooled map: pick a number to see its window" style={{ display: "grid", gridTemplateColumns: `repeat(${v.outSide}, minmax(2.4rem, 3.2rem))`, gap: "0.2rem" }}>
            {v.windows.map((win, i) => (
              <button
                key={i}
                type="button"
                aria-pressed={i === state.pick}
                aria-label={`pooled row ${win.row + 1}, column ${win.col + 1}: ${fmt(win.kept)}`}
                style={outStyle(i === state.pick)}
                onClick={() => setState({ ...state, pick: i })}
                onFocus={() => setState({ ...state, pick: i })}
              >
                {fmt(win.kept, 2)}
              </button>
            ))}
          </div>
        </div>
      </div>
      {v.skipped > 0 && (
        <p className="muted">
          The windows do not fit a whole number of times: the last {v.skipped === 1 ? "row and column are" : `${v.skipped} rows and columns are`} never in a window
          (grey), so they are dropped.
        </p>
      )}
      {state.stride < state.size && <p className="muted">The stride is smaller than the window, so the windows overlap: some numbers sit in more than one window.</p>}
      <p className="muted">
        {n * n} numbers in, {v.outSide * v.outSide} numbers out.
      </p>
      <StepList steps={v.sizeSteps} label="The size of the pooled map: (n − size) ÷ stride + 1" />
      <details>
        <summary>Every window, one line each</summary>
        <ol className="steps">
          {v.windows.map((win, i) => (
            <li key={i} className={i === state.pick ? "step step-current" : "step"}>
              <span className="step-text">
                Rows {win.top + 1}–{win.top + state.size}, columns {win.left + 1}–{win.left + state.size}:
              </span>{" "}
              <span className="step-expr">{win.text}</span>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}
