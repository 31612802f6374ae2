import { paren } from "../../explain";
import { StepList } from "../../components/Steps/StepList";
import type { DemoViewProps } from "../registry";
import { Choice, Slider } from "../ui/Slider";
import { BIAS, WEIGHT, regions, score, verdicts, type XorLineState } from "./logic";

const SIZE = 260;
const PAD = 30;
const GATE_OPTIONS = [
  { value: "and", label: "AND" },
  { value: "or", label: "OR" },
  { value: "xor", label: "XOR" },
] as const;

/** −0.5..1.5 on each axis onto the picture. */
const px = (x: number) => PAD + ((x + 0.5) / 2) * SIZE;
const py = (y: number) => PAD + SIZE - ((y + 0.5) / 2) * SIZE;

export default function XorLine({ state, setState }: DemoViewProps<XorLineState>) {
  const cells = regions(state);
  const cell = SIZE / 24;
  const v = verdicts(state);
  const right = score(state);
  return (
    <div className="demo-body">
      <div className="controls">
        <Choice name="pattern" value={state.gate} options={GATE_OPTIONS} onChange={(gate) => setState({ ...state, gate })} />
        <Slider name="weight 1" {...WEIGHT} value={state.w1} onChange={(w1) => setState({ ...state, w1 })} />
        <Slider name="weight 2" {...WEIGHT} value={state.w2} onChange={(w2) => setState({ ...state, w2 })} />
        <Slider name="bias" {...BIAS} value={state.b} onChange={(b) => setState({ ...state, b })} />
      </div>
      <p className="result" aria-live="polite">
        Right answers: <strong>{right} of 4</strong>
        {state.gate === "xor" && right < 4 ? " (try as long as you like: one line never gets all four for XOR)" : ""}
      </p>
      <div className="side-by-side">
        <svg viewBox={`0 0 ${SIZE + PAD * 2} ${SIZE + PAD * 2}`} role="img" style={{ width: "100%", maxWidth: "360px" }}
          aria-label={`The neuron's line splits the square into a 1 side (blue) and a 0 side (light). ${right} of the 4 corners are on the right side.`}>
          {cells.map((c, i) => (
            <rect key={i} x={px(c.x1) - cell / 2} y={py(c.x2) - cell / 2} width={cell + 0.5} height={cell + 0.5} fill={c.says ? "#c9dcf2" : "#f4f1ea"} />
          ))}
          {v.map((p) => (
            <g key={`${p.x1},${p.x2}`}>
              <circle cx={px(p.x1)} cy={py(p.x2)} r={13} fill={p.wants ? "#1d4e89" : "#ffffff"} stroke={p.right ? "#1d4e89" : "#c0392b"} strokeWidth={p.right ? 2 : 4} />
              <text x={px(p.x1)} y={py(p.x2) + 30} textAnchor="middle" fontSize="12">({p.x1}, {p.x2}) wants {p.wants}</text>
            </g>
          ))}
          <text x={PAD + SIZE / 2} y={16} textAnchor="middle" fontSize="12">input 1 → , input 2 ↑</text>
        </svg>
        <div>
          <StepList
            label="What the neuron says at each corner"
            steps={v.map((p) => ({
              text: `Corner (${p.x1}, ${p.x2}): the neuron says ${p.says}, the pattern wants ${p.wants}, so it is ${p.right ? "right" : "wrong"}.`,
              expr: p.expr,
              value: p.total,
            }))}
          />
          <p className="small">Blue area: the sum is above 0, so the neuron says 1. Its edge is the straight line where x1 × {paren(state.w1)} + x2 × {paren(state.w2)} + {paren(state.b)} is exactly 0.</p>
        </div>
      </div>
    </div>
  );
}
