/**
 * The mock exam's draw: 20, 40 or 75 exam-style questions, weighted by topic and by difficulty, seeded
 * so that a seed always gives the same exam (tests; a running exam is resumed from its stored ids anyway).
 *
 * Topic weights. AWS publishes the weight of each DOP-C02 domain, not of topics
 * (https://docs.aws.amazon.com/aws-certification/latest/devops-engineer-pro-02/devops-engineer-pro-02.html).
 * We file each topic under one domain and give it an equal share of that domain's weight (examDomains.ts,
 * the same filing as the results breakdown and the readiness estimate). Security and Compliance is not
 * practised here, so a mock exam is the other 83 % of the exam rescaled to its length: in 75 items,
 * Monitoring and Logging (15 %) takes about 14 and each of SDLC Automation's ten topics about 2. Shares are
 * rounded per domain first, then split evenly over the domain's topics.
 * When a topic has fewer questions than its share, it gives all it has and the rest is shared among the
 * others in the same proportions, so the exam still reaches its length.
 *
 * Difficulty mix. AWS does not publish one. DOP-C02 is a professional-level exam of long scenarios, so we
 * chose a mix weighted to the harder end: 10 % difficulty 1, 50 % difficulty 2, 40 % difficulty 3. The
 * draw meets it as closely as the topic shares and the bank allow (it fills the topics with the fewest
 * difficulty levels first, so the flexible topics can even out the mix).
 *
 * API-drill items (recall, not scenarios) never appear, and at most one variant of a generated template
 * is drawn, so no two items are the same question with other numbers.
 */
import type { Question } from '../../content/questions';
import { QUESTION_TOPICS } from '../../content/notesIds';
import { parseVariantId } from '../../content/variantIds';
import { EXAM_DOMAINS } from './examDomains';
import { isExamPractice, seededShuffle } from './questionSelection';

/** The lengths a learner can choose; 75 is the real exam's length. */
export const MOCK_EXAM_LENGTHS = [20, 40, 75] as const;

export type Difficulty = Question['difficulty'];

/** Our chosen share of each difficulty (AWS publishes none): see the comment at the top. */
export const DIFFICULTY_MIX: Readonly<Record<Difficulty, number>> = { 1: 0.1, 2: 0.5, 3: 0.4 };

/**
 * Splits `count` over keys in proportion to their weights without giving any key more than its
 * capacity (largest remainders; ties go to the earlier key in `keys`). What a full key cannot take
 * is shared among the others in proportion, so the total is min(count, total capacity).
 */
export function apportion<K>(
  count: number,
  keys: readonly K[],
  weight: (key: K) => number,
  capacity: (key: K) => number,
): Map<K, number> {
  const result = new Map<K, number>(keys.map((k) => [k, 0]));
  let open = keys.filter((k) => weight(k) > 0 && capacity(k) > 0);
  let left = Math.min(
    count,
    open.reduce((s, k) => s + capacity(k), 0),
  );
  // Keys whose proportional share exceeds their capacity take all they have, until none does.
  for (;;) {
    const total = open.reduce((s, k) => s + weight(k), 0);
    const full = open.filter((k) => (left * weight(k)) / total >= capacity(k));
    if (full.length === 0) break;
    for (const k of full) {
      result.set(k, capacity(k));
      left -= capacity(k);
    }
    open = open.filter((k) => !full.includes(k));
  }
  const total = open.reduce((s, k) => s + weight(k), 0);
  const ideal = open.map((k) => ({ k, share: total ? (left * weight(k)) / total : 0 }));
  for (const { k, share } of ideal) result.set(k, Math.floor(share));
  let rest = left - ideal.reduce((s, { share }) => s + Math.floor(share), 0);
  const byRemainder = ideal
    .map(({ k, share }, i) => ({ k, remainder: share - Math.floor(share), i }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { k } of byRemainder) {
    if (rest <= 0) break;
    result.set(k, (result.get(k) ?? 0) + 1);
    rest -= 1;
  }
  return result;
}

/** One question per generated template: variants of a template share their id up to the seed. */
const sameQuestionKey = (q: Question): string => {
  const variant = parseVariantId(q.id);
  return variant ? `${variant.topic}-${variant.templateId}` : q.id;
};

/**
 * A mock exam of `count` questions (fewer only when the bank has fewer) drawn from `topics`, weighted by
 * the exam's domains and by DIFFICULTY_MIX; returned in a seeded random order.
 */
export function drawMockExam(
  bank: readonly Question[],
  count: number,
  seed: number,
  topics: readonly string[] = QUESTION_TOPICS,
): Question[] {
  const seen = new Set<string>();
  const pool = seededShuffle(
    bank.filter((q) => isExamPractice(q) && topics.includes(q.topic)),
    seed,
  ).filter((q) => {
    const key = sameQuestionKey(q);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  // Queues per topic and difficulty, in the pool's shuffled order.
  const queues = new Map<string, Map<Difficulty, Question[]>>();
  for (const q of pool) {
    const byDifficulty = queues.get(q.topic) ?? new Map<Difficulty, Question[]>();
    byDifficulty.set(q.difficulty, [...(byDifficulty.get(q.difficulty) ?? []), q]);
    queues.set(q.topic, byDifficulty);
  }
  const inTopic = (topic: string) => [...(queues.get(topic)?.values() ?? [])].reduce((s, qs) => s + qs.length, 0);
  const topicOrder = seededShuffle(
    topics.filter((t) => inTopic(t) > 0),
    seed + 1,
  );
  // Domains first, then an equal split inside each: rounding topic by topic would over-serve the domain
  // with the most topics (SDLC's ten topics would each round up).
  const domainQuota = apportion(
    count,
    EXAM_DOMAINS,
    (d) => d.weight,
    (d) => d.topics.reduce((s, t) => s + (topicOrder.includes(t) ? inTopic(t) : 0), 0),
  );
  const topicQuota = new Map<string, number>();
  for (const [domain, quota] of domainQuota) {
    const own = topicOrder.filter((t) => (domain.topics as readonly string[]).includes(t));
    for (const [topic, n] of apportion(quota, own, () => 1, inTopic)) topicQuota.set(topic, n);
  }
  const drawn = [...topicQuota.values()].reduce((s, n) => s + n, 0);
  const difficulties = [2, 3, 1] as const;
  const difficultyTarget = apportion(
    drawn,
    difficulties,
    (d) => DIFFICULTY_MIX[d],
    (d) => pool.filter((q) => q.difficulty === d).length,
  );

  const picked: Question[] = [];
  const pickedAt = new Map<Difficulty, number>(difficulties.map((d) => [d, 0]));
  // Topics with the fewest difficulty levels first: they have the least choice.
  const levels = (t: string) => queues.get(t)?.size ?? 0;
  const fillOrder = [...topicOrder].sort((a, b) => levels(a) - levels(b));
  for (const topic of fillOrder) {
    const byDifficulty = queues.get(topic)!;
    for (let n = 0; n < (topicQuota.get(topic) ?? 0); n++) {
      // The difficulty furthest below its target that this topic can still give.
      const d = difficulties
        .filter((x) => (byDifficulty.get(x)?.length ?? 0) > 0)
        .sort(
          (a, b) =>
            (difficultyTarget.get(b) ?? 0) - pickedAt.get(b)! - ((difficultyTarget.get(a) ?? 0) - pickedAt.get(a)!),
        )[0];
      if (d === undefined) break; // this topic has no question left at any difficulty
      picked.push(byDifficulty.get(d)!.shift()!);
      pickedAt.set(d, pickedAt.get(d)! + 1);
    }
  }
  return seededShuffle(picked, seed + 2);
}
