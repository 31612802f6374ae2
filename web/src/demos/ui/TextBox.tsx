import { useId } from "react";

interface Props {
  /** Visible label, before "(at most N characters)": "Type a text", "The training text". */
  label: string;
  /** Accessible name: "your text", "training text". */
  name: string;
  /** The most characters the box takes. */
  max: number;
  value: string;
  onChange: (text: string) => void;
  /** Rows of a multi-line box (a textarea); without it, one line. */
  rows?: number;
  /** The font size of the typed text. */
  fontSize: string;
}

/** A labelled box for a demo's text (kept in the state as character codes), in the mono font. */
export function TextBox({ label, name, max, value, onChange, rows, fontSize }: Props) {
  const id = useId();
  return (
    <div className="slider">
      <label htmlFor={id}>
        {label} (at most {max} characters)
      </label>
      {rows === undefined ? (
        <input
          id={id}
          type="text"
          aria-label={name}
          maxLength={max}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          style={{ fontFamily: "var(--mono)", fontSize, width: "100%" }}
        />
      ) : (
        <textarea
          id={id}
          aria-label={name}
          rows={rows}
          maxLength={max}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          style={{ fontFamily: "var(--mono)", fontSize, width: "100%", gridColumn: "1 / -1" }}
        />
      )}
    </div>
  );
}
