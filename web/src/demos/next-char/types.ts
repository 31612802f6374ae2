/** The shape of data.generated.ts (written by fromzero/explain/gpt_walkthrough.py). */
export interface NextCharPrompt {
  /** The text the model read. */
  prompt: string;
  /** Its characters as ids: positions in the vocabulary. */
  ids: number[];
  /** The head's logits for the last place: one score per character of the vocabulary. */
  logits: number[];
}

export interface NextCharData {
  /** Every character the model knows, in id order. */
  vocab: string;
  config: { vocab_size: number; n_embd: number; n_layer: number; n_head: number; block_size: number };
  prompts: NextCharPrompt[];
}
