import { describe, expect, it } from "vitest";
import { fitHeadings } from "./headings";

describe("fitHeadings", () => {
  it("drops a leading h1 that repeats the page title", () => {
    expect(fitHeadings("<h1>The neuron</h1>\n<h2>The problem</h2>", "The neuron")).toBe("<h2>The problem</h2>");
  });
  it("turns any other h1 into h2", () => {
    expect(fitHeadings('<p>a</p><h1 id="x">Other</h1>', "The neuron")).toBe('<p>a</p><h2 id="x">Other</h2>');
  });
  it("leaves prose without headings alone", () => {
    expect(fitHeadings("<p>Hello</p>", "T")).toBe("<p>Hello</p>");
  });
});
