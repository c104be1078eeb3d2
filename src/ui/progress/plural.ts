// Counts in words with the language's plural rules (Intl.PluralRules), so the page never says "1 items"
// or "1 scenario runs". English has two forms; the rules object keeps other forms possible later.
const rules = new Intl.PluralRules('en');

/** "1 item", "2 items", "0 items"; `other` defaults to `one` + "s". */
export function countOf(count: number, one: string, other = `${one}s`): string {
  return `${count} ${rules.select(count) === 'one' ? one : other}`;
}
