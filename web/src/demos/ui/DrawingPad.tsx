import { useEffect, useRef, useState, type PointerEvent, type RefObject } from "react";
import { brightness, decodeInk, encodeInk, toGrid, type Stroke } from "../draw-digit/logic";

/** The canvas is 280 × 280: 10 canvas pixels per cell of the 28 × 28 grid. */
export const CANVAS = 280;
const PEN = 18;
const CELL = 10;

const grey = (v: number) => `rgb(${v}, ${v}, ${v})`;

export interface DrawingPadHandle {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  /** True while a finger or the mouse is down on the canvas. */
  isDrawing: () => boolean;
  /** The canvas's drawing context, when it has one. */
  context: () => CanvasRenderingContext2D | null;
  /** Paint the whole canvas black. */
  blackOut: (ctx: CanvasRenderingContext2D) => void;
  /** Paint a 28 × 28 ink string onto the canvas, each cell a grey square. */
  paintInk: (ctx: CanvasRenderingContext2D, ink: string) => void;
  /** Draw strokes (points from 0 to 1) with the learner's pen on a black canvas, then hand on the ink. */
  drawStrokes: (ctx: CanvasRenderingContext2D, strokes: readonly Stroke[]) => void;
  /** Pointer down: start a stroke. */
  start: (e: PointerEvent<HTMLCanvasElement>) => void;
  /** Pointer move: go on with the stroke, if one is being drawn. */
  move: (e: PointerEvent<HTMLCanvasElement>) => void;
  /** Pointer up or gone: end the stroke and hand on the ink. */
  finish: () => void;
}

function setPen(ctx: CanvasRenderingContext2D) {
  ctx.strokeStyle = "white";
  ctx.lineWidth = PEN;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
}

/**
 * A canvas to draw one digit on: pointer strokes in a white pen; when a stroke ends the picture
 * becomes a 28 × 28 ink string for `onInk`.
 */
export function useDrawingPad(onInk: (ink: string) => void): DrawingPadHandle {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const context = () => canvas.current?.getContext("2d") ?? null;
  const blackOut = (ctx: CanvasRenderingContext2D) => {
    ctx.fillStyle = "black";
    ctx.fillRect(0, 0, CANVAS, CANVAS);
  };
  const paintInk = (ctx: CanvasRenderingContext2D, ink: string) => {
    blackOut(ctx);
    decodeInk(ink).forEach((v, i) => {
      if (v === 0) return;
      ctx.fillStyle = grey(v);
      ctx.fillRect((i % 28) * CELL, Math.floor(i / 28) * CELL, CELL, CELL);
    });
  };
  const commit = (ctx: CanvasRenderingContext2D) => {
    const data = ctx.getImageData(0, 0, CANVAS, CANVAS).data;
    onInk(encodeInk(toGrid(brightness(data, CANVAS, CANVAS), CANVAS, CANVAS)));
  };
  const point = (e: PointerEvent<HTMLCanvasElement>): [number, number] => {
    const r = e.currentTarget.getBoundingClientRect();
    return [((e.clientX - r.left) * CANVAS) / r.width, ((e.clientY - r.top) * CANVAS) / r.height];
  };
  const stroke = (e: PointerEvent<HTMLCanvasElement>, start: boolean) => {
    const ctx = e.currentTarget.getContext("2d");
    if (!ctx) return;
    const [x, y] = point(e);
    setPen(ctx);
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
    const ctx = context();
    if (ctx) commit(ctx);
  };
  const drawStrokes = (ctx: CanvasRenderingContext2D, strokes: readonly Stroke[]) => {
    blackOut(ctx);
    setPen(ctx);
    for (const stroke of strokes) {
      ctx.beginPath();
      stroke.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x * CANVAS, y * CANVAS) : ctx.lineTo(x * CANVAS, y * CANVAS)));
      ctx.stroke();
    }
    commit(ctx);
  };
  const start = (e: PointerEvent<HTMLCanvasElement>) => {
    drawing.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    stroke(e, true);
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => drawing.current && stroke(e, false);
  const isDrawing = () => drawing.current;
  return { canvasRef: canvas, isDrawing, context, blackOut, paintInk, drawStrokes, start, move, finish };
}

/** The canvas of a drawing pad, shown `size` CSS pixels wide and high. */
export function DrawingPad({ pad: { canvasRef, start, move, finish }, size }: { pad: DrawingPadHandle; size: number }) {
  return (
    <canvas
      ref={canvasRef}
      width={CANVAS}
      height={CANVAS}
      style={{ width: size, height: size, touchAction: "none", background: "black", borderRadius: 6 }}
      aria-label="Drawing area: draw one digit with the mouse or a finger"
      onPointerDown={start}
      onPointerMove={move}
      onPointerUp={finish}
      onPointerLeave={finish}
    />
  );
}

/**
 * Ask the server about a drawing whenever the ink changes (not while it is blank); the answer
 * remembers which drawing it belongs to, so a stale one is never shown.
 */
export function useInkPrediction<P>(ink: string, blank: boolean, ask: (signal: AbortSignal) => Promise<P>): { result: P | null; error: string | null } {
  const [answer, setAnswer] = useState<{ ink: string; prediction: P } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (blank) return;
    const controller = new AbortController();
    ask(controller.signal)
      .then((prediction) => {
        setAnswer({ ink, prediction });
        setError(null);
      })
      .catch((e: unknown) => {
        if (!(e instanceof DOMException && e.name === "AbortError")) setError(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
    // the ink string is the whole input; blank and the question are derived from it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ink]);
  return { result: answer && answer.ink === ink ? answer.prediction : null, error };
}
