import { useId } from "react";
import { fmt } from "../../explain";
import type { Range } from "../state";


interface Props extends Range {
  /** Accessible name, short and plain: "input", "weight 2", "bias". */
  name: string;
  /** Visible label; defaults to the accessible name. */
  label?: string;
  value: number;
  onChange: (value: number) => void;
}

/** A native range input (keyboard: arrows, Page Up/Down, Home/End) with its value shown. */
export function Slider({ name, label, value, onChange, min, max, step }: Props) {
  const id = useId();
  return (
    <div className="slider">
      <label htmlFor={id}>{label ?? name}</label>
      <input
        id={id}
        type="range"
        aria-label={name}
        aria-valuetext={fmt(value)}
        min={min}
        max={max}
        step={step}
        value={value}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      <output htmlFor={id} className="slider-value">
        {fmt(value)}
      </output>
    </div>
  );
}

interface ChoiceProps<T extends string> {
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A group of radio buttons (keyboard: arrow keys move the choice). */
export function Choice<T extends string>({ name, value, options, onChange }: ChoiceProps<T>) {
  const group = useId();
  return (
    <fieldset className="choice">
      <legend>{name}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input type="radio" name={group} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />{" "}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
