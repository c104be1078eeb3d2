/**
 * "Review today": the store's due cards (questions and scenarios mixed, most overdue first) turned
 * into links a learner can follow. Addresses come from markdownLinks so that notes, search and this
 * page agree on where a question or a scenario opens.
 */
import { questionHref, scenarioHref } from '../../content/markdownLinks';
import type { DueItem } from '../../store';
import type { ItemCatalog } from './itemCatalog';

export interface QueueEntry {
  key: string;
  kind: 'question' | 'scenario';
  kindLabel: string;
  label: string;
  href: string;
  dueText: string;
}

const dayMs = 86_400_000;

export function dueText(due: Date, now: Date): string {
  const days = Math.floor((now.getTime() - due.getTime()) / dayMs);
  if (days <= 0) return 'due today';
  return days === 1 ? 'overdue by 1 day' : `overdue by ${days} days`;
}

export function reviewQueue(items: readonly DueItem[], catalog: Pick<ItemCatalog, 'labelOf'>, now: Date): QueueEntry[] {
  return items.flatMap((item) => {
    // Notes have no review card in the store's queue; skip anything else defensively.
    if (item.kind !== 'question' && item.kind !== 'scenario') return [];
    return [
      {
        key: `${item.kind}:${item.itemId}`,
        kind: item.kind,
        kindLabel: item.kind === 'question' ? 'Question' : 'Scenario',
        label: catalog.labelOf(item.kind, item.itemId),
        href: item.kind === 'question' ? questionHref(item.itemId) : scenarioHref(item.itemId),
        dueText: dueText(item.due, now),
      },
    ];
  });
}
