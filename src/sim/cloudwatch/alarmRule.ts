import type { StateValue } from './types';

/**
 * A composite alarm's AlarmRule: ALARM(x), OK(x) and INSUFFICIENT_DATA(x) are true when alarm x (a
 * name or an alarm ARN, quoted or not) is in that state; TRUE and FALSE are constants; AND, OR, NOT
 * and parentheses combine them.
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html
 *
 * AWS does not state the precedence of the operators; the usual one (NOT, then AND, then OR) is a
 * choice, and its examples bracket mixed rules anyway.
 */
export type RuleNode =
  | { kind: 'state'; state: StateValue; alarm: string }
  | { kind: 'const'; value: boolean }
  | { kind: 'not'; operand: RuleNode }
  | { kind: 'and' | 'or'; left: RuleNode; right: RuleNode };

export class AlarmRuleError extends Error {}

/** An AlarmRule is at most 10,240 characters (API_PutCompositeAlarm). */
export const MAX_ALARM_RULE_LENGTH = 10_240;

const FUNCTIONS: readonly StateValue[] = ['ALARM', 'OK', 'INSUFFICIENT_DATA'];

type Token = { type: 'word' | 'quoted' | '(' | ')'; text: string; at: number };

function tokenize(rule: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < rule.length) {
    const c = rule.charAt(i); // i < rule.length
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')') {
      out.push({ type: c, text: c, at: i });
      i++;
    } else if (c === '"') {
      const end = rule.indexOf('"', i + 1);
      if (end < 0) throw new AlarmRuleError(`the quote at position ${i + 1} is never closed`);
      out.push({ type: 'quoted', text: rule.slice(i + 1, end), at: i });
      i = end + 1;
    } else {
      // A word runs to the next space or parenthesis: keywords, and unquoted alarm names or ARNs.
      let j = i;
      while (j < rule.length && !/[\s()"]/.test(rule.charAt(j))) j++;
      out.push({ type: 'word', text: rule.slice(i, j), at: i });
      i = j;
    }
  }
  return out;
}

/** Parses an AlarmRule; throws AlarmRuleError with the position and what was expected. */
export function parseAlarmRule(rule: string): RuleNode {
  if (rule.trim().length === 0) throw new AlarmRuleError('the rule is empty');
  const tokens = tokenize(rule);
  let pos = 0;
  const peek = () => tokens[pos];
  const where = (t: Token | undefined) => (t ? `at position ${t.at + 1} ('${t.text}')` : 'at the end of the rule');
  const isWord = (t: Token | undefined, w: string) => t?.type === 'word' && t.text === w;

  const parseOr = (): RuleNode => {
    let left = parseAnd();
    while (isWord(peek(), 'OR')) {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): RuleNode => {
    let left = parseNot();
    while (isWord(peek(), 'AND')) {
      pos++;
      left = { kind: 'and', left, right: parseNot() };
    }
    return left;
  };
  const parseNot = (): RuleNode => {
    if (isWord(peek(), 'NOT')) {
      pos++;
      return { kind: 'not', operand: parseNot() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): RuleNode => {
    const t = peek();
    if (t?.type === '(') {
      pos++;
      const inner = parseOr();
      if (peek()?.type !== ')') throw new AlarmRuleError(`expected ')' ${where(peek())}`);
      pos++;
      return inner;
    }
    if (isWord(t, 'TRUE') || isWord(t, 'FALSE')) {
      pos++;
      return { kind: 'const', value: t!.text === 'TRUE' };
    }
    if (t?.type === 'word' && (FUNCTIONS as readonly string[]).includes(t.text)) {
      pos++;
      if (peek()?.type !== '(') throw new AlarmRuleError(`expected '(' after ${t.text} ${where(peek())}`);
      pos++;
      const name = peek();
      if (name?.type !== 'word' && name?.type !== 'quoted')
        throw new AlarmRuleError(`expected an alarm name or ARN inside ${t.text}(…) ${where(name)}`);
      pos++;
      if (peek()?.type !== ')') throw new AlarmRuleError(`expected ')' after the alarm name ${where(peek())}`);
      pos++;
      if (name.text.length === 0) throw new AlarmRuleError(`${t.text}() needs an alarm name or ARN`);
      return { kind: 'state', state: t.text as StateValue, alarm: name.text };
    }
    throw new AlarmRuleError(`expected ALARM(…), OK(…), INSUFFICIENT_DATA(…), TRUE, FALSE, NOT or '(' ${where(t)}`);
  };

  const node = parseOr();
  if (pos < tokens.length) throw new AlarmRuleError(`expected AND or OR ${where(peek())}`);
  return node;
}

/** Every alarm reference of a rule, as written (names or ARNs), without duplicates. */
export function ruleReferences(node: RuleNode): string[] {
  const out = new Set<string>();
  const walk = (n: RuleNode): void => {
    if (n.kind === 'state') out.add(n.alarm);
    else if (n.kind === 'not') walk(n.operand);
    else if (n.kind === 'and' || n.kind === 'or') {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(node);
  return [...out];
}

/** Whether the rule holds, given each referenced alarm's state (undefined: the alarm no longer exists). */
export function evaluateAlarmRule(node: RuleNode, stateOf: (ref: string) => StateValue | undefined): boolean {
  switch (node.kind) {
    case 'const':
      return node.value;
    case 'state':
      return stateOf(node.alarm) === node.state;
    case 'not':
      return !evaluateAlarmRule(node.operand, stateOf);
    case 'and':
      return evaluateAlarmRule(node.left, stateOf) && evaluateAlarmRule(node.right, stateOf);
    case 'or':
      return evaluateAlarmRule(node.left, stateOf) || evaluateAlarmRule(node.right, stateOf);
  }
}
