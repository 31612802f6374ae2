import type { ScaleLinear } from "d3-scale";
import { fmt } from "../../explain";

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface Props {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  margins: Margins;
  width: number;
  height: number;
  xLabel: string;
  yLabel: string;
}

/** The grid, the tick numbers and the two axis names that every demo graph shares. */
export function Axes({ x, y, margins: M, width, height, xLabel, yLabel }: Props) {
  return (
    <>
      {y.ticks(5).map((t) => (
        <g key={`y${t}`} className="tick">
          <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} className={t === 0 ? "axis-zero" : "grid"} />
          <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
            {fmt(t)}
          </text>
        </g>
      ))}
      {x.ticks(6).map((t) => (
        <g key={`x${t}`} className="tick">
          <line y1={M.top} y2={height - M.bottom} x1={x(t)} x2={x(t)} className={t === 0 ? "axis-zero" : "grid"} />
          <text x={x(t)} y={height - M.bottom + 16} textAnchor="middle">
            {fmt(t)}
          </text>
        </g>
      ))}
      <text className="axis-label" x={(M.left + width - M.right) / 2} y={height - 4} textAnchor="middle">
        {xLabel}
      </text>
      <text className="axis-label" transform={`translate(12 ${(M.top + height - M.bottom) / 2}) rotate(-90)`} textAnchor="middle">
        {yLabel}
      </text>
    </>
  );
}
