import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { PlayPause } from "../ui/PlayPause";
import { usePlayer } from "../ui/usePlayer";
import { Choice, Slider } from "../ui/Slider";
import {
  FILTERS,
  K,
  PICTURES,
  PIXEL,
  WEIGHT,
  atEnd,
  compute,
  filled,
  inPatch,
  mapColour,
  positions,
  setCell,
  setWeight,
  side,
  step,
  withFilter,
  withPicture,
  type ConvState,
  type Filter,
  type Picture,
} from "./logic";

const TICK_MS = 700;
const PICTURE_LABELS: Record<Picture, string> = {
  edge: "edge: dark, then bright",
  "edge-flip": "edge: bright, then dark",
  ramp: "ramp (the lesson's 5 × 5)",
  cross: "a cross",
  digit: "a tiny 7",
};
const FILTER_LABELS: Record<Filter, string> = {
  vertical: "vertical edge",
  horizontal: "horizontal edge",
  blur: "blur (all 1/9)",
  sharpen: "sharpen",
  custom: "custom (type the weights)",
};

const CELL = "2.6rem";
const grey = (v: number) => {
  const g = Math.round((Math.min(v, 10) / 10) * 255);
  return `rgb(${g}, ${g}, ${g})`;
};
const box = {
  width: CELL,
  height: CELL,
  padding: 0,
  fontFamily: "var(--mono)",
  fontSize: "0.9rem",
  textAlign: "center",
  borderRadius: "4px",
} as const;
const gridOf = (n: number) => ({ display: "grid", gridTemplateColumns: `repeat(${n}, ${CELL})`, gap: "0.2rem", margin: "0.4rem 0" }) as const;

export default function ConvSlider({ state, setState }: DemoViewProps<ConvState>) {
  const end = atEnd(state);
  const { running, setPlaying, go } = usePlayer(state, setState, end, (s) => step(s, 1), TICK_MS);

  const v = compute(state);
  const n = side(state.picture);
  const count = positions(n);
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice<Picture> name="Picture" value={state.picture} options={PICTURES.map((p) => ({ value: p, label: PICTURE_LABELS[p] }))} onChange={(p) => go(withPicture(state, p))} />
        <Choice<Filter> name="Filter" value={state.filter} options={FILTERS.map((f) => ({ value: f, label: FILTER_LABELS[f] }))} onChange={(f) => go(withFilter(state, f))} />
      </div>
      <div className="buttons" role="group" aria-label="Slide the filter">
        <button type="button" className="button secondary" disabled={state.pos <= 1} onClick={() => go(step(state, -1))}>
          Back
        </button>
        <button type="button" className="button secondary" disabled={end} onClick={() => go(step(state, 1))}>
          Step
        </button>
        <PlayPause running={running} end={end} onChange={setPlaying} />
        <button type="button" className="button ghost" disabled={end} onClick={() => go(step(state, count))}>
          Fill the whole map
        </button>
      </div>
      <Slider name="place of the filter" label={`place (1 to ${count})`} min={1} max={count} step={1} value={state.pos} onChange={(pos) => go({ ...state, pos })} />
      <p className="result" aria-live="polite">
        Place {state.pos} of {count}: the patch starts at row {v.row}, column {v.col}. Sum <strong>{fmt(v.sum)}</strong>
      </p>
      <div className="side-by-side">
        <div>
          <p className="muted">
            The picture, {n} × {n}. The orange frame is the patch under the filter. Type any pixel (0 to {PIXEL.max}).
          </p>
          <div role="group" aria-label={`the picture, ${n} rows of ${n} pixels`} style={gridOf(n)}>
            {state.cells.map((px, i) => {
              const r = Math.floor(i / n);
              const c = i % n;
              const under = inPatch(r, c, v.row, v.col);
              return (
                <input
                  key={i}
                  type="number"
                  min={PIXEL.min}
                  max={PIXEL.max}
                  step={1}
                  value={px}
                  aria-label={`pixel row ${r}, column ${c}${under ? ", under the filter" : ""}`}
                  style={{
                    ...box,
                    background: grey(px),
                    color: px > 5 ? "#000" : "#fff",
                    border: under ? "3px solid #d9480f" : "1px solid var(--line)",
                  }}
                  onChange={(e) => go(setCell(state, i, e.currentTarget.value === "" ? 0 : Number(e.currentTarget.value)))}
                />
              );
            })}
          </div>
        </div>
        <div>
          <p className="muted">The filter: 9 weights. Type one to make your own.</p>
          <div role="group" aria-label="the filter, 3 rows of 3 weights" style={gridOf(K)}>
            {state.weights.map((w, i) => (
              <input
                key={i}
                type="number"
                min={WEIGHT.min}
                max={WEIGHT.max}
                step={WEIGHT.step}
                value={Number(fmt(w, 4).replace("\u2212", "-"))}
                aria-label={`weight row ${Math.floor(i / K)}, column ${i % K}`}
                style={{ ...box, width: "3.4rem", background: "var(--paper)", border: "1px solid var(--line)" }}
                onChange={(e) => go(setWeight(state, i, e.currentTarget.value === "" ? 0 : Number(e.currentTarget.value)))}
              />
            ))}
          </div>
          <p className="muted">The feature map, {v.out} × {v.out}: red above 0, blue below 0.</p>
          <div role="group" aria-label={`the feature map, ${v.out} rows of ${v.out}`} style={gridOf(v.out)}>
            {v.map.flatMap((mrow, r) =>
              mrow.map((x, c) => {
                const shown = filled(r, c, state.pos, n);
                const now = r === v.row && c === v.col;
                return (
                  <div
                    key={`${r}-${c}`}
                    aria-label={`map row ${r}, column ${c}: ${shown ? fmt(x) : "not yet"}`}
                    aria-current={now ? "true" : undefined}
                    style={{
                      ...box,
                      display: "flex",
                      alignItems: "center",
                      justifyContent: "center",
                      fontSize: "0.8rem",
                      background: shown ? mapColour(x, v.biggest) : "var(--paper)",
                      border: now ? "3px solid #d9480f" : "1px solid var(--line)",
                    }}
                  >
                    {shown ? fmt(x, 2) : "?"}
                  </div>
                );
              }),
            )}
          </div>
        </div>
      </div>
      <div className="table-wrap">
        <table className="progress-table">
          <caption>The nine products at this place: pixel × weight</caption>
          <tbody>
            {[0, 1, 2].map((i) => (
              <tr key={i}>
                {v.products.slice(i * K, i * K + K).map((p, j) => (
                  <td key={j} style={{ fontFamily: "var(--mono)" }}>
                    {fmt(p.pixel)} × {fmt(p.weight)} = <strong>{fmt(p.product)}</strong>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <StepList steps={v.steps} label="This place, step by step" />
    </div>
  );
}
