/**
 * The world's narration: every decision the simulator makes, in plain language, with the rule
 * behind it and the AWS documentation that states the rule. Views read it; tests assert on it.
 */
export type ServiceName = 'lambda' | 'cloudwatch' | 'codedeploy' | 'traffic' | 'world';

export interface LogEntry {
  seq: number;
  /** Simulated epoch ms. */
  time: number;
  service: ServiceName;
  /** Machine-readable kind, e.g. 'alias.updated', 'alarm.state', 'deployment.stopped'. */
  type: string;
  /** One or two plain-language sentences a learner can read. */
  message: string;
  /** The rule that made this happen, in words ("Only the ALARM state stops a deployment"). */
  rule?: string;
  /** The AWS doc that states the rule. */
  docUrl?: string;
  /** Ids the views can link to. */
  refs?: Partial<
    Record<
      'functionName' | 'alias' | 'version' | 'deploymentId' | 'alarmName' | 'applicationName' | 'deploymentGroupName',
      string
    >
  >;
  severity?: 'info' | 'warn' | 'error' | 'success';
}

export type LogInput = Omit<LogEntry, 'seq' | 'time'>;

/** One entry's words, as a service's message catalogue writes them, before the log adds time, service and refs. */
export type Narration = Pick<LogInput, 'type' | 'message' | 'rule' | 'docUrl' | 'severity'>;

/** Keeps the newest `capacity` entries so that a long run stays bounded in memory. */
export class EventLog {
  #entries: LogEntry[] = [];
  #seq = 0;
  #listeners = new Set<(e: LogEntry) => void>();

  constructor(
    private readonly now: () => number,
    private readonly capacity = 5000,
  ) {}

  add(input: LogInput): LogEntry {
    const entry: LogEntry = { seq: ++this.#seq, time: this.now(), ...input };
    this.#entries.push(entry);
    if (this.#entries.length > this.capacity) this.#entries.splice(0, this.#entries.length - this.capacity);
    for (const l of this.#listeners) l(entry);
    return entry;
  }

  /**
   * For a rolled-back stack operation: forgets entries after `seq`, so that the log reads
   * as if the undone calls had never been made. Sequence numbers keep rising (views key on them).
   */
  discardAfter(seq: number): void {
    const keep = this.#entries.findIndex((e) => e.seq > seq);
    if (keep >= 0) this.#entries.splice(keep);
  }

  /** The sequence number of the newest entry (0 before any). */
  lastSeq(): number {
    return this.#seq;
  }

  entries(): readonly LogEntry[] {
    return this.#entries;
  }

  since(seq: number): LogEntry[] {
    return this.#entries.filter((e) => e.seq > seq);
  }

  onEntry(fn: (e: LogEntry) => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }
}
