import { useEffect, useRef, useState, type PointerEvent } from "react";
import { trainingApi, type CnnPrediction } from "../../features/training/api";
import type { DemoViewProps } from "../registry";
import { EXAMPLE_STROKES, activeMaps, brightnessOf, decodeInk, encodeInk, exampleInk, isBlank, layerMax, mapsOf, rows, shapeLabel, toGrid, type FeatureMapsState } from "./logic";
import { brightness } from "../draw-digit/logic";

const CANVAS = 280;
const PEN = 18;
const grey = (v: number) => `rgb(${v}, ${v}, ${v})`;

/** One map as a small picture: bright = this filter responded strongly here. */
function Heatmap({ map, max, size, label }: { map: readonly (readonly number[])[]; max: number; size: number; label: string }) {
  const h = map.length;
  const w = Math.max(...map.map((r) => r.length));
  return (
    <svg viewBox={`0 0 ${w} ${h}`} width={size} height={(size * h) / w} role="img" aria-label={label} style={{ background: "black", borderRadius: 2 }}>
      {map.flatMap((row, r) => row.map((v, c) => <rect key={`${r}-${c}`} x={c} y={r} width={1} height={1} fill={grey(brightnessOf(v, max))} />))}
    </svg>
  );
}

function Layer({ title, layer, size }: { title: string; layer: CnnPrediction["layers"][number]; size: number }) {
  const maps = mapsOf(layer);
  const max = layerMax(maps);
  return (
    <section>
      <h4>{title}</h4>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
        {maps.map((m, i) => (
          <Heatmap key={i} map={m} max={max} size={size} label={`${layer.name} map ${i + 1}`} />
        ))}
      </div>
      <p className="muted">
        Shape: {shapeLabel(layer)}.{" "}
        {layer.shape.length === 3 ? `${activeMaps(maps)} of ${maps.length} maps light up for this digit. ` : ""}
        {layer.text}
      </p>
    </section>
  );
}

export default function CnnFeatureMaps({ state, setState }: DemoViewProps<FeatureMapsState>) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [answer, setAnswer] = useState<{ ink: string; prediction: CnnPrediction } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const grid = decodeInk(state.ink);
  const blank = isBlank(grid);

  // paint the current grid onto the canvas (10 canvas pixels per cell) when it changes from outside
  const paint = (ink: string) => {
    const ctx = canvas.current?.getContext("2d");
    if (!ctx) return;
    ctx.fillStyle = "black";
    ctx.fillRect(0, 0, CANVAS, CANVAS);
    decodeInk(ink).forEach((v, i) => {
      if (v === 0) return;
      ctx.fillStyle = grey(v);
      ctx.fillRect((i % 28) * 10, Math.floor(i / 28) * 10, 10, 10);
    });
  };
  useEffect(() => {
    if (!drawing.current) paint(state.ink);
  }, [state.ink]);

  useEffect(() => {
    if (blank) return;
    const controller = new AbortController();
    trainingApi
      .predictCnn(rows(grid), controller.signal)
      .then((prediction) => {
        setAnswer({ ink: state.ink, prediction });
        setError(null);
      })
      .catch((e: unknown) => {
        if (!(e instanceof DOMException && e.name === "AbortError")) setError(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
    // the ink string is the whole input; grid is derived from it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.ink]);

  const point = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) * CANVAS) / r.width, ((e.clientY - r.top) * CANVAS) / r.height];
  };
  const stroke = (e: PointerEvent<HTMLCanvasElement>, start: boolean) => {
    const ctx = e.currentTarget.getContext("2d");
    if (!ctx) return;
    const [x, y] = point(e);
    ctx.strokeStyle = "white";
    ctx.lineWidth = PEN;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    if (start) {
      ctx.beginPath();
      ctx.moveTo(x, y);
    }
    ctx.lineTo(x, y);
    ctx.stroke();
  };
  const finish = () => {
    if (!drawing.current) return;
    drawing.current = false;
    const ctx = canvas.current?.getContext("2d");
    if (!ctx) return;
    const data = ctx.getImageData(0, 0, CANVAS, CANVAS).data;
    setState({ ink: encodeInk(toGrid(brightness(data, CANVAS, CANVAS), CANVAS, CANVAS)), example: -1 });
  };
  const clear = () => {
    const ctx = canvas.current?.getContext("2d");
    if (ctx) {
      ctx.fillStyle = "black";
      ctx.fillRect(0, 0, CANVAS, CANVAS);
    }
    setState({ ink: "0".repeat(784), example: -1 });
  };

  const result = answer && answer.ink === state.ink ? answer.prediction : null;
  const layers = result ? Object.fromEntries(result.layers.map((l) => [l.name, l])) : {};

  return (
    <div className="demo-body">
      <div className="controls">
        <div>
          <p className="muted">Pick a digit:</p>
          <div role="group" aria-label="Pick an example digit" className="buttons">
            {EXAMPLE_STROKES.map((_, d) => (
              <button key={d} type="button" className={d === state.example ? "button" : "button secondary"} aria-pressed={d === state.example} aria-label={`Example ${d}`} onClick={() => setState({ ink: exampleInk(d), example: d })}>
                {d}
              </button>
            ))}
          </div>
          <p className="muted">Or draw your own (Clear first):</p>
          <button type="button" className="button secondary" onClick={clear}>
            Clear
          </button>
        </div>
        <canvas
          ref={canvas}
          width={CANVAS}
          height={CANVAS}
          style={{ width: 160, height: 160, touchAction: "none", background: "black", borderRadius: 6 }}
          aria-label="Drawing area: draw one digit with the mouse or a finger"
          onPointerDown={(e) => {
            drawing.current = true;
            e.currentTarget.setPointerCapture(e.pointerId);
            stroke(e, true);
          }}
          onPointerMove={(e) => drawing.current && stroke(e, false)}
          onPointerUp={finish}
          onPointerLeave={finish}
        />
        <div>
          <h4>The input: 28 × 28 × 1</h4>
          <Heatmap map={rows(grid)} max={255} size={112} label="the input image, 28 by 28 pixels" />
        </div>
      </div>
      {blank && <p>Draw a digit, or pick one, to look inside the network.</p>}
      {error && <p className="training-error">{error}</p>}
      {!blank && !result && !error && <p className="muted">Asking the trained CNN…</p>}
      {!blank && result && (
        <>
          <p className="muted">
            Real numbers from the trained CNN that ships with the course ({result.model.channels?.join(" and ")} filters, {result.model.hidden} dense neurons,{" "}
            {result.model.parameters.toLocaleString("en")} weights and biases; it reads{" "}
            {result.model.test_accuracy ? `${(result.model.test_accuracy * 100).toFixed(1)} %` : "most"} of the MNIST test digits right). Bright means a big number, black means 0.
          </p>
          {layers.conv1 && <Layer title="1. After conv 1 + ReLU + max pool" layer={layers.conv1} size={52} />}
          {layers.conv2 && <Layer title="2. After conv 2 + ReLU + max pool" layer={layers.conv2} size={40} />}
          {layers.dense && <Layer title="3. After flatten and the dense layer + ReLU" layer={layers.dense} size={96} />}
          <section>
            <h4>4. The ten chances (shape: 10)</h4>
            {result.probabilities.map((p, d) => (
              <div key={d} style={{ display: "grid", gridTemplateColumns: "1.5rem 1fr 4.5rem", alignItems: "center", gap: 6 }}>
                <strong>{d}</strong>
                <span style={{ display: "block", height: 10, width: `${p * 100}%`, background: d === result.prediction ? "#d9480f" : "#1f6feb" }} />
                <span style={{ textAlign: "right", whiteSpace: "nowrap" }}>{(p * 100).toFixed(1)} %</span>
              </div>
            ))}
            <p className="result" aria-live="polite">
              The CNN says <strong>{result.prediction}</strong> ({((result.probabilities[result.prediction] ?? 0) * 100).toFixed(0)} % sure).
            </p>
          </section>
        </>
      )}
    </div>
  );
}
