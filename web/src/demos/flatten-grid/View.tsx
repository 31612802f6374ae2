import { useState } from "react";
import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { BRIGHTNESS, SIDE, compute, rowCol, setCell, withSide, type FlattenState } from "./logic";

const grey = (v: number) => `rgb(${v}, ${v}, ${v})`;
const cellStyle = (v: number, picked: boolean) =>
  ({
    width: "3.4rem",
    padding: "0.35rem 0.1rem",
    fontFamily: "var(--mono)",
    fontSize: "1rem",
    textAlign: "center",
    background: grey(v),
    color: v > 140 ? "#000" : "#fff",
    border: picked ? "3px solid #d9480f" : "1px solid var(--line)",
    borderRadius: "4px",
  }) as const;
const flatBox = (picked: boolean) =>
  ({
    minWidth: "2.9rem",
    padding: "0.2rem",
    fontFamily: "var(--mono)",
    fontSize: "0.85rem",
    textAlign: "center",
    borderRadius: "4px",
    border: picked ? "3px solid #d9480f" : "1px solid var(--line)",
    background: picked ? "var(--accent-soft)" : "var(--paper)",
  }) as const;

export default function FlattenGrid({ state, setState }: DemoViewProps<FlattenState>) {
  // Hovering shows a cell without changing the link; focusing or typing picks it.
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover !== null && hover < state.cells.length ? { ...state, cell: hover } : state;
  const { row, col, index, indexSteps, pixelSteps, flat } = compute(shown);
  const n = state.side;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="grid size (rows and columns)" {...SIDE} value={n} onChange={(side) => setState(withSide(state, side))} />
      </div>
      <p className="muted">
        Each cell is one pixel: 0 is black, 255 is white. Type a new brightness, or pick a cell to see where it lands.
      </p>
      <div
        role="group"
        aria-label={`the picture, ${n} rows of ${n} pixels`}
        style={{ display: "grid", gridTemplateColumns: `repeat(${n}, 3.4rem)`, gap: "0.25rem", margin: "0.6rem 0" }}
        onMouseLeave={() => setHover(null)}
      >
        {state.cells.map((v, i) => {
          const rc = rowCol(i, n);
          return (
            <input
              key={i}
              type="number"
              min={BRIGHTNESS.min}
              max={BRIGHTNESS.max}
              step={1}
              value={v}
              aria-label={`row ${rc.row}, column ${rc.col}`}
              style={cellStyle(v, i === shown.cell)}
              onMouseEnter={() => setHover(i)}
              onFocus={() => setState({ ...state, cell: i })}
              onChange={(e) => setState(setCell(state, i, e.currentTarget.value === "" ? 0 : Number(e.currentTarget.value)))}
            />
          );
        })}
      </div>
      <p className="result" aria-live="polite">
        Row <strong>{row}</strong>, column <strong>{col}</strong> lands at position <strong>{index}</strong> of the flat list.
      </p>
      <div className="side-by-side">
        <StepList steps={indexSteps} label="Where does it land?" />
        <StepList steps={pixelSteps} label="Its brightness, normalised" />
      </div>
      <p className="muted">
        The flat list: {n} rows laid end to end, {n * n} numbers, each divided by 255 (the small number is the position).
      </p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "0.25rem" }} role="list" aria-label="the flattened, normalised list">
        {flat.map((v, i) => (
          <div key={i} role="listitem" style={{ textAlign: "center" }} aria-current={i === index ? "true" : undefined}>
            <div style={flatBox(i === index)}>{fmt(v, 2)}</div>
            <div className="muted" style={{ fontSize: "0.75rem" }}>{i}</div>
          </div>
        ))}
      </div>
    </div>
  );
}
