import type { CommandResult } from '../../../sim/cli';

/** Counts the lines a result printed (for the screen-reader summary). */
export function outputLineCount(result: Pick<CommandResult, 'stdout' | 'stderr'>): number {
  const count = (s: string) => (s.trim() === '' ? 0 : s.replace(/^\n+|\n+$/g, '').split('\n').length);
  return count(result.stdout) + count(result.stderr);
}

/** The polite announcement after a command: short, whatever the size of the output. */
export function announcement(result: Pick<CommandResult, 'stdout' | 'stderr' | 'exitCode'>): string {
  const lines = outputLineCount(result);
  return `Command finished, exit code ${result.exitCode}, ${lines} ${lines === 1 ? 'line' : 'lines'} of output.`;
}

/** Said once when the simulator becomes ready under a console drawn before it (issue 18). */
export function readyAnnouncement(queued: number): string {
  if (queued === 0) return 'The simulator is ready.';
  return `The simulator is ready: running ${queued === 1 ? 'the queued command' : `${queued} queued commands`}.`;
}
