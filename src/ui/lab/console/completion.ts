import type { Completion } from '../../../sim/cli';

/** The input after Tab: the new text, where the caret goes, and the choices to list (if several). */
export interface CompletionOutcome {
  line: string;
  cursor: number;
  /** Shown under the prompt when Tab cannot decide (bash lists them on the second Tab; we list at once). */
  choices: string[];
}

/**
 * Applies `complete`'s answer as readline does: one option → insert it and a space; several →
 * extend the word to their longest common prefix and list them; none → leave the line alone.
 */
export function applyCompletion(line: string, cursor: number, completion: Completion): CompletionOutcome {
  const { from, options } = completion;
  if (options.length === 0) return { line, cursor, choices: [] };
  const typed = line.slice(from, cursor);
  const insert = options.length === 1 ? `${options[0]} ` : longestCommonPrefix(options);
  if (options.length > 1 && insert.length <= typed.length) return { line, cursor, choices: [...options] };
  const after = line.slice(cursor);
  // Do not double the space when the caret already sits before one.
  const text = options.length === 1 && after.startsWith(' ') ? insert.trimEnd() : insert;
  const next = line.slice(0, from) + text + after;
  const caret = from + text.length + (text === insert ? 0 : 1);
  return { line: next, cursor: Math.min(caret, next.length), choices: options.length > 1 ? [...options] : [] };
}

export function longestCommonPrefix(words: readonly string[]): string {
  const [first, ...rest] = words;
  if (first === undefined) return '';
  let prefix = first;
  for (const w of rest) {
    let i = 0;
    while (i < prefix.length && i < w.length && prefix[i] === w[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}
