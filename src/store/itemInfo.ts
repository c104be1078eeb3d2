/** What the store needs to know about a question or scenario; the caller looks it up in the content. */
export interface ItemInfo {
  topic?: string;
  /** Trap tags; they are scenario ids (see /work/briefs/ids.md). */
  traps: readonly string[];
}

/** Returns undefined for an item the content no longer has (its records are kept but not aggregated). */
export type DescribeItem = (itemId: string) => ItemInfo | undefined;

export interface ItemRef {
  kind: 'question' | 'scenario' | 'note';
  itemId: string;
}
