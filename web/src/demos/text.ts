/**
 * Text that lives in a demo's state as a list of character codes, so commas, colons and new
 * lines in it cannot break the URL format (see state.ts). Each text demo makes its own rules
 * (how long, whether a new line stays) and gets the same helpers back.
 */
import { charsOf } from "../explain";
import { numberProp } from "./state";

export interface TextRules {
  /** The most characters the text keeps. */
  max: number;
  /** True: a new line stays (\r\n and \r become \n first); false: it becomes a space, like a tab. */
  newLines?: boolean;
  /** True: a lone surrogate code (0xd800 to 0xdfff) is dropped. */
  noSurrogates?: boolean;
}

export interface CodeText {
  /** Text -> the list of its character codes, cut to `max` characters. */
  codesOf(text: string): number[];
  /** The codes for a state: from a text, else from a list of codes (a bad one becomes a space), else from the start text. */
  codesFrom(text: unknown, codes: unknown, start: string): number[];
}

/** Codes -> the text. */
export function textOf(codes: readonly number[]): string {
  return String.fromCodePoint(...codes);
}

export function codeText({ max, newLines = false, noSurrogates = false }: TextRules): CodeText {
  /** A character the text box keeps: anything printable (a tab, or a new line unless kept, becomes a space). */
  const keep = (code: number): number | null => {
    if (code === 9 || (!newLines && (code === 10 || code === 13))) return 32;
    if (newLines && code === 10) return 10;
    return Number.isInteger(code) && code >= 32 && code <= 0x10ffff && code !== 127 && !(noSurrogates && code >= 0xd800 && code <= 0xdfff) ? code : null;
  };
  const codesOf = (text: string): number[] =>
    charsOf(newLines ? text.replace(/\r\n?/g, "\n") : text)
      .map((ch) => keep(ch.codePointAt(0) ?? 0))
      .filter((c): c is number => c !== null)
      .slice(0, max);
  const codesFrom = (text: unknown, codes: unknown, start: string): number[] => {
    if (typeof text === "string") return codesOf(text);
    if (Array.isArray(codes)) return codesOf(textOf(codes.map((c) => keep(numberProp(c, 32)) ?? 32)));
    return codesOf(start);
  };
  return { codesOf, codesFrom };
}
