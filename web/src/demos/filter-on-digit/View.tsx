import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { CELL, DIGITS, FILTERS, K, OUT, SHIFT, SIZE, compute, mapColour, type Digit, type DigitState, type Filter } from "./logic";

const DIGIT_LABELS: Record<Digit, string> = { seven: "a 7", one: "a 1", zero: "a 0" };
const FILTER_LABELS: Record<Filter, string> = {
  vertical: "vertical edge",
  horizontal: "horizontal edge",
  blur: "blur (all 1/9)",
  sharpen: "sharpen",
};
const PX = 8; // drawing units per pixel; the SVG scales to the width it gets
const grey = (v: number) => {
  const g = Math.round(v * 255);
  return `rgb(${g}, ${g}, ${g})`;
};
const frame = { width: "100%", maxWidth: "15rem", height: "auto", display: "block" } as const;

export default function FilterOnDigit({ state, setState }: DemoViewProps<DigitState>) {
  const v = compute(state);
  const pick = (row: number, col: number) => setState({ ...state, row, col });
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice<Digit> name="Digit" value={state.digit} options={DIGITS.map((d) => ({ value: d, label: DIGIT_LABELS[d] }))} onChange={(digit) => setState({ ...state, digit })} />
        <Choice<Filter> name="Filter" value={state.filter} options={FILTERS.map((f) => ({ value: f, label: FILTER_LABELS[f] }))} onChange={(filter) => setState({ ...state, filter })} />
        <Slider name="move the digit right (pixels)" {...SHIFT} value={state.shift} onChange={(shift) => setState({ ...state, shift })} />
      </div>
      <p className="result" aria-live="polite">
        Strongest answer <strong>{fmt(v.peak.value)}</strong> at map row {v.peak.row}, column {v.peak.col}.
      </p>
      <div className="side-by-side">
        <figure style={{ margin: 0 }}>
          <svg viewBox={`0 0 ${SIZE * PX} ${SIZE * PX}`} style={frame} role="img" aria-label={`the digit, ${SIZE} by ${SIZE} pixels, with the picked patch framed at row ${state.row}, column ${state.col}`}>
            {v.image.flatMap((row, r) =>
              row.map((x, c) => <rect key={`${r}-${c}`} x={c * PX} y={r * PX} width={PX + 0.3} height={PX + 0.3} fill={grey(x)} />),
            )}
            <rect x={state.col * PX} y={state.row * PX} width={K * PX} height={K * PX} fill="none" stroke="#d9480f" strokeWidth={2} />
          </svg>
          <figcaption className="muted">
            The digit, {SIZE} × {SIZE}, pixels from 0 to 1.
          </figcaption>
        </figure>
        <figure style={{ margin: 0 }}>
          <svg viewBox={`0 0 ${OUT * PX} ${OUT * PX}`} style={frame} role="img" aria-label={`the feature map, ${OUT} by ${OUT}: red above 0, blue below 0`}>
            {v.map.flatMap((row, r) =>
              row.map((x, c) => (
                <rect
                  key={`${r}-${c}`}
                  x={c * PX}
                  y={r * PX}
                  width={PX + 0.3}
                  height={PX + 0.3}
                  fill={mapColour(x, v.biggest)}
                  onClick={() => pick(r, c)}
                  style={{ cursor: "pointer" }}
                >
                  <title>{`row ${r}, column ${c}: ${fmt(x)}`}</title>
                </rect>
              )),
            )}
            <rect x={state.col * PX} y={state.row * PX} width={PX} height={PX} fill="none" stroke="#d9480f" strokeWidth={2} />
          </svg>
          <figcaption className="muted">
            The feature map, {OUT} × {OUT}: red above 0, blue below 0, white near 0. Click a cell, or use the two sliders.
          </figcaption>
        </figure>
      </div>
      <div className="controls">
        <Slider name="map row" {...CELL} value={state.row} onChange={(row) => pick(row, state.col)} />
        <Slider name="map column" {...CELL} value={state.col} onChange={(col) => pick(state.row, col)} />
      </div>
      <p className="result" aria-live="polite">
        Map row {state.row}, column {state.col}: <strong>{fmt(v.value)}</strong>
      </p>
      <StepList steps={v.steps} label="The picked cell, step by step" />
    </div>
  );
}
