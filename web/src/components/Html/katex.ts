/** KaTeX, bundled locally and loaded only when a page has math (its own chunk, with its CSS). */
import katex from "katex";
import "katex/dist/katex.min.css";

/** Render every `.math` element under root that is not rendered yet. */
export function renderMath(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>(".math:not([data-tex])").forEach((el) => {
    const tex = el.textContent ?? "";
    el.dataset.tex = tex;
    katex.render(tex, el, { displayMode: el.classList.contains("block"), throwOnError: false, output: "htmlAndMathml" });
  });
}
