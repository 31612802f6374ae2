/** A row of number boxes (bits, one-hot lists): wraps on a phone. */
export const boxRow = { display: "flex", flexWrap: "wrap", gap: "0.3rem", margin: "0.6rem 0" } as const;

/** One number box; a lit box is filled with the accent colour. */
export const litBox = (on: boolean) =>
  ({
    minWidth: "2.4rem",
    padding: "0.3rem 0.2rem",
    fontFamily: "var(--mono)",
    fontSize: "1.2rem",
    textAlign: "center",
    borderRadius: "6px",
    border: "2px solid var(--accent)",
    background: on ? "var(--accent)" : "var(--paper)",
    color: on ? "var(--accent-ink)" : "var(--accent)",
  }) as const;
