import type { WorldContext } from '../core/context';

/** Placeholder until the traffic model lands (issue 3). */
export class TrafficService {
  constructor(protected readonly ctx: WorldContext) {}
  snapshot(): unknown {
    return {};
  }
}
