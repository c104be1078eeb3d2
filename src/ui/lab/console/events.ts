import type { CommandResult } from '../../../sim/cli';

/**
 * How the template editor (and any other Lab view) hands a command to the console, so that the
 * output of its Deploy button lands in the console transcript like a typed `sam deploy`. With
 * `result`, the command already ran (the editor needed the error itself for its markers) and the
 * console only shows it; without, the console runs it.
 */
export const CONSOLE_RUN_EVENT = 'canary:console-run';

export interface ConsoleRunDetail {
  command: string;
  result?: CommandResult;
}

export function sendToConsole(detail: ConsoleRunDetail): void {
  window.dispatchEvent(new CustomEvent<ConsoleRunDetail>(CONSOLE_RUN_EVENT, { detail }));
}
