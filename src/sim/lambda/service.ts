import type { WorldContext } from '../core/context';

/** Placeholder until the Lambda model lands (issue 3). */
export class LambdaService {
  constructor(protected readonly ctx: WorldContext) {}
  snapshot(): unknown {
    return {};
  }
}
