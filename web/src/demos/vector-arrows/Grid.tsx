/**
 * A small square graph for Part 1's demos: axes, a grid, and shapes drawn with their own colours
 * (solid or dashed), so that two arrows or a "before" and "after" shape can be told apart.
 */
import { fmt } from "../../explain";

export interface Shape {
  id: string;
  points: readonly (readonly [number, number])[];
  /** "main" (accent), "other" (red), or "guide" (grey, dashed). */
  tone: "main" | "other" | "guide";
  /** A short label drawn at the last point, like "a". */
  label?: string;
  /** Draw an arrow head at the last point. */
  arrow?: boolean;
}

export interface Dot {
  x: number;
  y: number;
  tone: "main" | "other";
}

const COLOURS = { main: "var(--accent)", other: "var(--bad)", guide: "var(--ink-soft, #888)" } as const;
const SIZE = 260;
const PAD = 24;

interface Props {
  /** What the picture shows, for screen readers (built from the live numbers). */
  description: string;
  /** The graph shows −reach to reach on both axes. */
  reach: number;
  shapes: readonly Shape[];
  dots?: readonly Dot[];
}

export function ArrowGrid({ description, reach, shapes, dots = [] }: Props) {
  const px = (v: number) => PAD + ((v + reach) / (2 * reach)) * (SIZE - 2 * PAD);
  const py = (v: number) => SIZE - px(v);
  const ticks = Array.from({ length: 2 * Math.floor(reach) + 1 }, (_, i) => i - Math.floor(reach));
  return (
    <svg className="plot" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={description} style={{ maxWidth: "22rem" }}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={px(t)} x2={px(t)} y1={py(-reach)} y2={py(reach)} stroke="var(--line, #ddd)" strokeWidth={t === 0 ? 1.6 : 0.6} />
          <line y1={py(t)} y2={py(t)} x1={px(-reach)} x2={px(reach)} stroke="var(--line, #ddd)" strokeWidth={t === 0 ? 1.6 : 0.6} />
          {t !== 0 && (
            <text x={px(t)} y={py(0) + 12} fontSize="9" textAnchor="middle">
              {fmt(t)}
            </text>
          )}
          {t !== 0 && (
            <text x={px(0) - 4} y={py(t) + 3} fontSize="9" textAnchor="end">
              {fmt(t)}
            </text>
          )}
        </g>
      ))}
      {shapes.map((s) => {
        const colour = COLOURS[s.tone];
        const pts = s.points.map(([x, y]) => `${px(x)},${py(y)}`).join(" ");
        const last = s.points[s.points.length - 1];
        const before = s.points[s.points.length - 2];
        let head: string | null = null;
        if (s.arrow && last && before && (last[0] !== before[0] || last[1] !== before[1])) {
          const [x1, y1] = [px(before[0]), py(before[1])];
          const [x2, y2] = [px(last[0]), py(last[1])];
          const angle = Math.atan2(y2 - y1, x2 - x1);
          const a1 = angle + Math.PI * 0.85;
          const a2 = angle - Math.PI * 0.85;
          head = `${x2},${y2} ${x2 + 9 * Math.cos(a1)},${y2 + 9 * Math.sin(a1)} ${x2 + 9 * Math.cos(a2)},${y2 + 9 * Math.sin(a2)}`;
        }
        return (
          <g key={s.id}>
            <polyline points={pts} fill="none" stroke={colour} strokeWidth={s.tone === "guide" ? 1.8 : 3} strokeDasharray={s.tone === "guide" ? "5 4" : undefined} />
            {head && <polygon points={head} fill={colour} />}
            {s.label && last && (
              <text x={px(last[0]) + 6} y={py(last[1]) - 6} fontSize="13" fontWeight="700" fill={colour}>
                {s.label}
              </text>
            )}
          </g>
        );
      })}
      {dots.map((d, i) => (
        <circle key={i} cx={px(d.x)} cy={py(d.y)} r={5} fill={COLOURS[d.tone]} stroke="#fff" strokeWidth={2} />
      ))}
    </svg>
  );
}
