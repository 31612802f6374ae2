import { useEffect } from "react";
import { trainingApi, type DigitPrediction } from "../../features/training/api";
import type { DemoViewProps } from "../registry";
import { DrawingPad, useDrawingPad, useInkPrediction } from "../ui/DrawingPad";
import { EXAMPLE_STROKES, SIDE, decodeInk, flatten, isBlank, normalisePixel, rows, topDigits, type DrawDigitState, type Stroke } from "./logic";

function cellColor(v: number): string {
  return `rgb(${v}, ${v}, ${v})`;
}

/** Blue below zero, red above: the normalised values are centred on 0. */
function signedColor(z: number): string {
  const t = Math.min(1, Math.abs(z) / 2.8);
  return z < 0 ? `rgba(31, 111, 235, ${t})` : `rgba(217, 72, 15, ${t})`;
}

export default function DrawDigit({ state, setState }: DemoViewProps<DrawDigitState>) {
  const pad = useDrawingPad((ink) => setState({ ink }));
  const grid = decodeInk(state.ink);
  const blank = isBlank(grid);

  // a drawing restored from the URL is painted back onto the canvas, 10 pixels per cell
  useEffect(() => {
    const ctx = pad.context();
    if (ctx) pad.paintInk(ctx, state.ink);
    // only on first show: later strokes are already on the canvas
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Reset (or Clear) empties the state: wipe the canvas too, so picture and numbers agree
  useEffect(() => {
    const ctx = pad.context();
    if (ctx && state.ink === "") pad.blackOut(ctx);
    // the pad's helpers are made anew each render; only the ink matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.ink]);

  // the answer remembers which drawing it belongs to, so a stale one is never shown
  const { result, error } = useInkPrediction<DigitPrediction>(state.ink, blank, (signal) => trainingApi.predictDigit(rows(grid), signal));

  const clear = () => {
    const ctx = pad.context();
    if (ctx) pad.blackOut(ctx);
    setState({ ink: "" });
  };
  // an example digit, drawn with the learner's own pen: the keyboard way to try the demo
  const drawExample = (strokes: readonly Stroke[]) => {
    const ctx = pad.context();
    if (ctx) pad.drawStrokes(ctx, strokes);
  };

  const flat = flatten(rows(grid)).map(normalisePixel);
  const probabilities = result?.probabilities ?? [];
  const best = topDigits(probabilities, 1)[0];

  return (
    <div className="demo-body draw-digit">
      <div className="controls">
        <DrawingPad pad={pad} size={200} />
        <div>
          <button type="button" className="button secondary" onClick={clear}>
            Clear
          </button>
          <p className="muted">No mouse? Draw an example:</p>
          <div role="group" aria-label="Draw an example digit" className="buttons">
            {EXAMPLE_STROKES.map((strokes, d) => (
              <button key={d} type="button" className="button secondary" aria-label={`Draw an example ${d}`} onClick={() => drawExample(strokes)}>
                {d}
              </button>
            ))}
          </div>
        </div>
      </div>
      <div>
        <h4>1. What the model sees: 28 × 28 numbers (0 black … 255 white)</h4>
        <svg viewBox={`0 0 ${SIDE} ${SIDE}`} width={196} height={196} role="img" aria-label={blank ? "an empty 28 by 28 grid" : "your digit as a 28 by 28 grid of brightness values"}>
          {grid.map((v, i) => (
            <rect key={i} x={i % SIDE} y={Math.floor(i / SIDE)} width={1} height={1} fill={cellColor(v)}>
              <title>{`row ${Math.floor(i / SIDE)}, column ${i % SIDE}: ${v}`}</title>
            </rect>
          ))}
        </svg>
        <h4>2. Normalised: (value / 255 − 0.1307) / 0.3081</h4>
        <svg viewBox={`0 0 ${SIDE} ${SIDE}`} width={196} height={196} role="img" aria-label="the normalised values, blue below zero and red above">
          {flat.map((z, i) => (
            <rect key={i} x={i % SIDE} y={Math.floor(i / SIDE)} width={1} height={1} fill={signedColor(z)} />
          ))}
        </svg>
        <h4>3. Flattened: one row of 784 numbers, the model&apos;s input</h4>
        <svg viewBox="0 0 784 12" width="100%" height={24} preserveAspectRatio="none" role="img" aria-label="the 784 inputs side by side">
          {flat.map((z, i) => (
            <rect key={i} x={i} y={0} width={1} height={12} fill={signedColor(z)} />
          ))}
        </svg>
      </div>
      <div>
        <h4>4. How sure the model is about each digit</h4>
        {blank && <p>Draw a digit to see what the model thinks it is.</p>}
        {error && <p className="training-error">{error}</p>}
        {probabilities.map((p, d) => (
          <div key={d} style={{ display: "grid", gridTemplateColumns: "1.5rem 1fr 4.5rem", alignItems: "center", gap: 6 }}>
            <strong>{d}</strong>
            <span style={{ display: "block", height: 10, width: `${p * 100}%`, background: d === best?.digit ? "#d9480f" : "#1f6feb" }} />
            <span style={{ textAlign: "right", whiteSpace: "nowrap" }}>{(p * 100).toFixed(1)} %</span>
          </div>
        ))}
        {best && !blank && (
          <p className="result">
            The model says <strong>{best.digit}</strong> ({(best.p * 100).toFixed(0)} % sure). It was trained on MNIST and reads{" "}
            {result?.model.test_accuracy ? `${(result.model.test_accuracy * 100).toFixed(1)} %` : "most"} of the test digits right.
          </p>
        )}
      </div>
    </div>
  );
}
