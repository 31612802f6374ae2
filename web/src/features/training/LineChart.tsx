import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { Point } from "./chart";

export interface ChartSeries {
  id: string;
  label: string;
  points: readonly Point[];
  color: string;
  dashed?: boolean;
}

interface Props {
  description: string;
  xLabel: string;
  yLabel: string;
  xDomain: Point;
  yDomain: Point;
  series: readonly ChartSeries[];
  formatY: (v: number) => string;
  width?: number;
  height?: number;
}

const M = { top: 10, right: 12, bottom: 34, left: 52 };

/** A line chart that grows as points arrive; D3 does the scales, React draws the SVG. */
export function LineChart({ description, xLabel, yLabel, xDomain, yDomain, series, formatY, width = 420, height = 220 }: Props) {
  const x = scaleLinear().domain(xDomain).range([M.left, width - M.right]);
  const y = scaleLinear().domain(yDomain).range([height - M.bottom, M.top]);
  const path = line<Point>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  return (
    <figure className="training-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
        {y.ticks(4).map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className="training-grid" />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" className="training-tick">
              {formatY(t)}
            </text>
          </g>
        ))}
        {x.ticks(5).map((t) => (
          <text key={`x${t}`} x={x(t)} y={height - M.bottom + 16} textAnchor="middle" className="training-tick">
            {t}
          </text>
        ))}
        <text x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle" className="training-axis">
          {xLabel}
        </text>
        <text transform={`translate(12 ${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="training-axis">
          {yLabel}
        </text>
        {series.map((s) =>
          s.points.length === 1 ? (
            <circle key={s.id} cx={x(s.points[0]![0])} cy={y(s.points[0]![1])} r={3} fill={s.color} />
          ) : (
            <path key={s.id} d={path(s.points) ?? ""} fill="none" stroke={s.color} strokeWidth={s.dashed ? 1.5 : 2} strokeDasharray={s.dashed ? "5 4" : undefined} />
          ),
        )}
      </svg>
      <figcaption className="training-legend">
        {series.map((s) => (
          <span key={s.id}>
            <svg width="22" height="8" aria-hidden="true">
              <line x1="0" x2="22" y1="4" y2="4" stroke={s.color} strokeWidth="2" strokeDasharray={s.dashed ? "5 4" : undefined} />
            </svg>{" "}
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
