import { argparseError, CliUsageError } from './errors';
import { decodeBase64, encodeBase64 } from './blob';

/**
 * The AWS CLI pages through list operations for you and merges the pages; its own options
 * --max-items, --starting-token and --page-size replace the API's page token.
 * https://docs.aws.amazon.com/cli/latest/userguide/cli-usage-pagination.html
 * The simulated services answer in one page, so --page-size changes nothing here; --max-items
 * cuts the merged list and prints a NextToken that --starting-token resumes from.
 */
export interface PaginationOptions {
  maxItems?: number;
  startingToken?: number;
}

const FLAGS = ['--max-items', '--starting-token', '--page-size'];

export function extractPagination(words: readonly string[]): { options: PaginationOptions; rest: string[] } {
  const options: PaginationOptions = {};
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!; // i < words.length
    const eq = word.indexOf('=');
    const flag = eq > 0 ? word.slice(0, eq) : word;
    if (!FLAGS.includes(flag)) {
      rest.push(word);
      continue;
    }
    const value = eq > 0 ? word.slice(eq + 1) : words[++i];
    if (value === undefined || value.startsWith('--')) throw argparseError(`argument ${flag}: expected one argument`);
    if (flag === '--starting-token') options.startingToken = decodeToken(value);
    else {
      if (!/^\d+$/.test(value)) throw argparseError(`argument ${flag}: invalid int value: '${value}'`);
      if (flag === '--max-items') options.maxItems = Number(value);
    }
  }
  return { options, rest };
}

export function applyPagination(
  result: Record<string, unknown>,
  resultKeys: readonly string[],
  options: PaginationOptions,
): Record<string, unknown> {
  if (options.maxItems === undefined && options.startingToken === undefined) return result;
  const start = options.startingToken ?? 0;
  const out: Record<string, unknown> = { ...result };
  let truncated = false;
  for (const key of resultKeys) {
    const list = result[key];
    if (!Array.isArray(list)) continue;
    const end = options.maxItems === undefined ? list.length : start + options.maxItems;
    out[key] = list.slice(start, end);
    if (end < list.length) truncated = true;
  }
  if (truncated && options.maxItems !== undefined) out.NextToken = encodeToken(start + options.maxItems);
  return out;
}

// The CLI's tokens are base64 JSON with a "boto_truncate_amount"; these follow that form.
function encodeToken(offset: number): string {
  return encodeBase64(new TextEncoder().encode(JSON.stringify({ boto_truncate_amount: offset })));
}

function decodeToken(token: string): number {
  try {
    const parsed = JSON.parse(new TextDecoder().decode(decodeBase64(token))) as { boto_truncate_amount?: unknown };
    if (typeof parsed.boto_truncate_amount === 'number') return parsed.boto_truncate_amount;
  } catch {
    // fall through to the error below
  }
  throw new CliUsageError(`Bad value for --starting-token: ${token}`);
}
