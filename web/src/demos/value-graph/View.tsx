import { fmt } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Slider } from "../ui/Slider";
import { EDGES, LEAF, nodes, nudgeA, steps, type GraphState } from "./logic";

const COL = 104;
const ROW = 62;
const BOX_W = 94;
const BOX_H = 52;
const RED = "#c0392b";

export default function ValueGraph({ state, setState }: DemoViewProps<GraphState>) {
  const ns = nodes(state);
  const byId = Object.fromEntries(ns.map((n) => [n.id, n]));
  const cx = (n: { x: number }) => 10 + n.x * COL + BOX_W / 2;
  const cy = (n: { y: number }) => 10 + n.y * ROW + BOX_H / 2;
  const fwd = state.phase >= 1;
  const back = state.phase >= 2;
  const a = byId.a!;
  return (
    <div className="demo-body">
      <div className="controls">
        <Slider name="a" {...LEAF} value={state.a} onChange={(v) => setState({ ...state, a: v })} />
        <Slider name="b" {...LEAF} value={state.b} onChange={(v) => setState({ ...state, b: v })} />
        <Slider name="c" min={-10} max={10} step={0.5} value={state.c} onChange={(v) => setState({ ...state, c: v })} />
        <Slider name="f" {...LEAF} value={state.f} onChange={(v) => setState({ ...state, f: v })} />
        <div className="buttons">
          <button type="button" onClick={() => setState({ ...state, phase: 0 })} disabled={state.phase === 0}>Clear</button>{" "}
          <button type="button" onClick={() => setState({ ...state, phase: 1 })} disabled={state.phase === 1}>Forward</button>{" "}
          <button type="button" onClick={() => setState({ ...state, phase: 2 })} disabled={state.phase === 2}>Backward</button>
        </div>
      </div>
      <p className="result" aria-live="polite">
        {back ? (
          <>L = <strong>{fmt(byId.L!.data)}</strong>. a.grad = <strong>{fmt(a.grad)}</strong>; a nudge of a by 0.001 gives {fmt(nudgeA(state))}.</>
        ) : fwd ? (
          <>L = <strong>{fmt(byId.L!.data)}</strong>. Press Backward to fill in every grad.</>
        ) : (
          <>a = {fmt(state.a)}, b = {fmt(state.b)}, c = {fmt(state.c)}, f = {fmt(state.f)}. Press Forward to fill in every node's data.</>
        )}
      </p>
      <svg viewBox={`0 0 ${10 + 3 * COL + BOX_W + 10} ${10 + 2 * ROW + BOX_H + 10}`} role="img" style={{ width: "100%", maxWidth: "600px" }}
        aria-label={`Graph: e = a × b, d = e + c, L = d × f. ${fwd ? `Data: ${ns.map((n) => `${n.id} ${fmt(n.data)}`).join(", ")}.` : ""} ${back ? `Grads: ${ns.map((n) => `${n.id} ${fmt(n.grad)}`).join(", ")}.` : ""}`}>
        {EDGES.map(([from, to]) => (
          <line key={`${from}-${to}`} x1={cx(byId[from]!)} y1={cy(byId[from]!)} x2={cx(byId[to]!)} y2={cy(byId[to]!)} stroke={back ? RED : "#999"} strokeWidth={back ? 2 : 1.5} />
        ))}
        {ns.map((n) => (
          <g key={n.id}>
            <rect x={cx(n) - BOX_W / 2} y={cy(n) - BOX_H / 2} width={BOX_W} height={BOX_H} rx={6} fill={n.leaf ? "#ffffff" : "#e5eef9"} stroke="#1d4e89" />
            <text x={cx(n)} y={cy(n) - 9} textAnchor="middle" fontSize="12" fontWeight="bold">{n.label}</text>
            <text x={cx(n)} y={cy(n) + 6} textAnchor="middle" fontSize="12">data {fwd || n.leaf ? fmt(n.data) : "?"}</text>
            <text x={cx(n)} y={cy(n) + 20} textAnchor="middle" fontSize="12" fill={RED}>grad {back ? fmt(n.grad) : "?"}</text>
          </g>
        ))}
      </svg>
      <StepList steps={steps(state)} label="Forward and backward, step by step" />
    </div>
  );
}
