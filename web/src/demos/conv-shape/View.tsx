import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { FILTERS, K, N, P, S, compute, placesPerRow, squareKind, withPlace, type ShapeState } from "./logic";

const UNIT = 20;
const FILL = { pad: "#e9ecef", skipped: "#ffe3e3", image: "#ffffff" } as const;

export default function ConvShape({ state, setState }: DemoViewProps<ShapeState>) {
  const v = compute(state);
  const size = v.padded * UNIT;
  const count = placesPerRow(state) ** 2;
  const change = (part: Partial<ShapeState>) => setState(withPlace({ ...state, ...part }, state.place));
  const squares = [];
  for (let r = 0; r < v.padded; r++) {
    for (let c = 0; c < v.padded; c++) {
      const kind = squareKind(state, v, r, c);
      squares.push(
        <g key={`${r}-${c}`}>
          <rect x={c * UNIT} y={r * UNIT} width={UNIT} height={UNIT} fill={FILL[kind]} stroke="#adb5bd" strokeWidth={1} strokeDasharray={kind === "pad" ? "3 2" : undefined} />
          {kind === "pad" && (
            <text x={c * UNIT + UNIT / 2} y={r * UNIT + UNIT * 0.7} fontSize={11} textAnchor="middle" fill="#868e96">
              0
            </text>
          )}
        </g>,
      );
    }
  }
  const dots = v.starts.flatMap((top) => v.starts.map((left) => <circle key={`${top}-${left}`} cx={left * UNIT + 5} cy={top * UNIT + 5} r={3} fill="#1c7ed6" />));
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="image size n" {...N} value={state.n} onChange={(n) => change({ n })} />
        <Slider name="filter size k" {...K} value={state.k} onChange={(k) => change({ k })} />
        <Slider name="padding p" {...P} value={state.p} onChange={(p) => change({ p })} />
        <Slider name="stride s" {...S} value={state.s} onChange={(s) => change({ s })} />
        <Slider name="number of filters" {...FILTERS} value={state.filters} onChange={(filters) => change({ filters })} />
        {count > 1 && <Slider name="filter place" min={1} max={count} step={1} value={state.place + 1} onChange={(place) => setState(withPlace(state, place - 1))} />}
      </div>
      <p className="result" aria-live="polite">
        {v.fits ? (
          <>
            Feature map: <strong>{v.out}</strong> by <strong>{v.out}</strong>, and {state.filters} {state.filters === 1 ? "filter makes 1 map" : `filters make ${state.filters} maps`}:{" "}
            <strong>
              {v.out} × {v.out} × {state.filters}
            </strong>{" "}
            = {v.outputs} numbers.
          </>
        ) : (
          <>No feature map: the filter does not fit.</>
        )}
      </p>
      {v.warnings.map((w) => (
        <p key={w} className="training-error" role="status">
          {w}
        </p>
      ))}
      <svg
        viewBox={`-1 -1 ${size + 2} ${size + 2}`}
        style={{ width: "100%", maxWidth: `${Math.max(12, v.padded) * 1.6}rem`, display: "block", margin: "0.5rem 0" }}
        role="img"
        aria-label={`The image, ${state.n} by ${state.n}, with a border of ${state.p} zeros: ${v.padded} by ${v.padded}. The filter stops at ${v.out} places in each row and ${v.out} in each column.${v.skipped ? ` The last ${v.skipped} rows and columns are never covered.` : ""}`}
      >
        {squares}
        {dots}
        {v.fits && v.out > 0 && <rect x={v.left * UNIT} y={v.top * UNIT} width={state.k * UNIT} height={state.k * UNIT} fill="rgba(217, 72, 15, 0.12)" stroke="#d9480f" strokeWidth={3} />}
      </svg>
      <p className="muted small">
        White: the image. Grey with 0: the padding. Blue dots: where the filter&apos;s top-left corner lands. Orange: the filter at place {state.place + 1}
        {v.fits ? ` of ${count}` : ""}. Red: never covered.
      </p>
      {v.fits && <StepList steps={v.steps} label="out = (n + 2p − k) ÷ s + 1, step by step" />}
    </div>
  );
}
