import { useId } from "react";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { Axes } from "./Axes";

/** A curve or line through points. */
export interface ChartSeries {
  id: string;
  points: readonly (readonly [number, number])[];
  color?: string;
  dashed?: boolean;
  width?: number;
}

/** A straight piece from one point to another: an error bar, a slope arrow, a step. */
export interface ChartSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color?: string;
  width?: number;
  dashed?: boolean;
  arrow?: boolean;
}

export interface ChartDot {
  x: number;
  y: number;
  color?: string;
  r?: number;
  hollow?: boolean;
}

interface Props {
  /** What the chart shows, for screen readers (built from computed numbers). */
  description: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  xLabel: string;
  yLabel: string;
  series?: readonly ChartSeries[];
  segments?: readonly ChartSegment[];
  dots?: readonly ChartDot[];
  width?: number;
  height?: number;
}

const M = { top: 12, right: 14, bottom: 38, left: 50 };
const ACCENT = "var(--accent)";

/**
 * A small SVG chart, scaled with D3, that stretches to its container: curves, straight pieces
 * (with an optional arrow head) and dots. Anything outside the axes is clipped, never rescaled,
 * so a value that runs away visibly leaves the picture.
 */
export function XYChart({ description, xDomain, yDomain, xLabel, yLabel, series = [], segments = [], dots = [], width = 380, height = 240 }: Props) {
  const clip = useId();
  const arrow = useId();
  const x = scaleLinear().domain(xDomain).range([M.left, width - M.right]);
  const y = scaleLinear().domain(yDomain).range([height - M.bottom, M.top]);
  const finite = (p: readonly [number, number]) => Number.isFinite(p[0]) && Number.isFinite(p[1]);
  const path = line<readonly [number, number]>()
    .defined(finite)
    .x((d) => x(d[0]))
    .y((d) => y(Math.max(-1e6, Math.min(1e6, d[1]))));
  const ok = (...v: number[]) => v.every(Number.isFinite);
  return (
    <svg className="plot" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
      <defs>
        <clipPath id={clip}>
          <rect x={M.left} y={M.top} width={width - M.left - M.right} height={height - M.top - M.bottom} />
        </clipPath>
        <marker id={arrow} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="context-stroke" />
        </marker>
      </defs>
      <Axes x={x} y={y} margins={M} width={width} height={height} xLabel={xLabel} yLabel={yLabel} />
      <g clipPath={`url(#${CSS.escape(clip)})`}>
        {series.map((s) => (
          <path
            key={s.id}
            d={path(s.points) ?? ""}
            fill="none"
            stroke={s.color ?? ACCENT}
            strokeWidth={s.width ?? 3}
            strokeDasharray={s.dashed ? "6 5" : undefined}
          />
        ))}
        {segments
          .filter((s) => ok(s.x1, s.y1, s.x2, s.y2))
          .map((s, i) => (
            <line
              key={i}
              x1={x(s.x1)}
              y1={y(s.y1)}
              x2={x(s.x2)}
              y2={y(s.y2)}
              stroke={s.color ?? "var(--bad)"}
              strokeWidth={s.width ?? 3}
              strokeDasharray={s.dashed ? "5 4" : undefined}
              markerEnd={s.arrow ? `url(#${CSS.escape(arrow)})` : undefined}
            />
          ))}
        {dots
          .filter((d) => ok(d.x, d.y))
          .map((d, i) => (
            <circle
              key={i}
              cx={x(d.x)}
              cy={y(d.y)}
              r={d.r ?? 6}
              fill={d.hollow ? "#fff" : (d.color ?? "#e8590c")}
              stroke={d.hollow ? (d.color ?? "#e8590c") : "#fff"}
              strokeWidth={2.5}
            />
          ))}
      </g>
    </svg>
  );
}
