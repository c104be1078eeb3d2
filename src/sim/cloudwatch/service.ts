import type { WorldContext } from '../core/context';

/** Placeholder until the CloudWatch model lands (issue 3). */
export class CloudWatchService {
  constructor(protected readonly ctx: WorldContext) {}
  snapshot(): unknown {
    return {};
  }
}
