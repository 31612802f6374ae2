import { useId } from "react";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import { Axes } from "./Axes";

export interface Series {
  id: string;
  points: readonly (readonly [number, number])[];
  className?: string;
  label?: string;
}

export interface Marker {
  x: number;
  y: number;
  className?: string;
}

interface Props {
  /** What the graph shows, for screen readers (built from computed numbers). */
  description: string;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  markers?: readonly Marker[];
  width?: number;
  height?: number;
}

const M = { top: 12, right: 14, bottom: 38, left: 46 };

/** A small line graph in SVG, scaled with D3; it stretches to its container's width. */
export function Plot({ description, xDomain, yDomain, xLabel, yLabel, series, markers = [], width = 380, height = 240 }: Props) {
  const clip = useId();
  const x = scaleLinear().domain(xDomain).range([M.left, width - M.right]);
  const y = scaleLinear().domain(yDomain).range([height - M.bottom, M.top]);
  const path = line<readonly [number, number]>()
    .x((d) => x(d[0]))
    .y((d) => y(d[1]));
  const inside = (m: Marker) =>
    m.y >= Math.min(...yDomain) && m.y <= Math.max(...yDomain) && m.x >= xDomain[0] && m.x <= xDomain[1];
  return (
    <svg className="plot" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
      <defs>
        <clipPath id={clip}>
          <rect x={M.left} y={M.top} width={width - M.left - M.right} height={height - M.top - M.bottom} />
        </clipPath>
      </defs>
      <Axes x={x} y={y} margins={M} width={width} height={height} xLabel={xLabel} yLabel={yLabel} />
      <g clipPath={`url(#${CSS.escape(clip)})`}>
        {series.map((s) => (
          <path key={s.id} d={path(s.points) ?? ""} className={`series ${s.className ?? ""}`} />
        ))}
      </g>
      {markers.filter(inside).map((m, i) => (
        <circle key={i} cx={x(m.x)} cy={y(m.y)} r={6} className={`marker ${m.className ?? ""}`} />
      ))}
    </svg>
  );
}
