import { describe, expect, it } from 'vitest';
import { CommandQueue, type QueuedLine } from '../../../../src/ui/lab/console/commandQueue';
import { readyAnnouncement } from '../../../../src/ui/lab/console/announce';

/** A queue whose runs are recorded, each taking a turn of the event loop as a real command does. */
function recordingQueue() {
  const ran: string[] = [];
  const changes: { waiting: string[]; early: boolean[]; running: boolean }[] = [];
  const queue = new CommandQueue(
    async (line: QueuedLine) => {
      await new Promise((r) => setTimeout(r, 0));
      ran.push(line.command);
    },
    (waiting, running) =>
      changes.push({ waiting: waiting.map((l) => l.command), early: waiting.map((l) => l.early), running }),
  );
  return { queue, ran, changes };
}

describe('console command queue', () => {
  it('keeps lines sent before the simulator is ready waiting, marked as early, and runs none of them', async () => {
    const { queue, ran, changes } = recordingQueue();
    queue.push('aws lambda list-functions');
    queue.push('help');
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toEqual([]);
    expect(queue.size).toBe(2);
    expect(changes.at(-1)).toEqual({
      waiting: ['aws lambda list-functions', 'help'],
      early: [true, true],
      running: false,
    });
  });

  it('runs the waiting lines once each, in order, when the simulator becomes ready', async () => {
    const { queue, ran } = recordingQueue();
    queue.push('one');
    queue.push('two');
    queue.push('three');
    queue.markReady();
    await queue.idle();
    expect(ran).toEqual(['one', 'two', 'three']);
    expect(queue.size).toBe(0);
    queue.markReady();
    await queue.idle();
    expect(ran).toEqual(['one', 'two', 'three']);
  });

  it('runs a line sent while others run after them, and lines sent once ready are not early', async () => {
    const { queue, ran, changes } = recordingQueue();
    queue.push('first');
    queue.markReady();
    queue.push('second');
    expect(changes.at(-1)).toEqual({ waiting: ['second'], early: [false], running: true });
    await queue.idle();
    queue.push('third');
    await queue.idle();
    expect(ran).toEqual(['first', 'second', 'third']);
    expect(changes.at(-1)?.running).toBe(false);
  });

  it('runs nothing twice when the ready signal and new lines interleave', async () => {
    const { queue, ran } = recordingQueue();
    const sent = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    sent.slice(0, 10).forEach((l) => queue.push(l));
    queue.markReady();
    sent.slice(10).forEach((l) => queue.push(l));
    queue.markReady();
    await queue.idle();
    await queue.idle();
    expect(ran).toEqual(sent);
  });

  it('passes on the result its sender already has (the template editor ran the deploy itself)', async () => {
    const seen: QueuedLine[] = [];
    const queue = new CommandQueue(async (line) => void seen.push(line));
    const result = { stdout: 'done\n', stderr: '', exitCode: 0 };
    queue.push('sam deploy', result);
    queue.markReady();
    await queue.idle();
    expect(seen).toEqual([{ id: 1, command: 'sam deploy', result, early: true }]);
  });
});

describe('the simulator-ready announcement', () => {
  it.each([
    [0, 'The simulator is ready.'],
    [1, 'The simulator is ready: running the queued command.'],
    [3, 'The simulator is ready: running 3 queued commands.'],
  ])('with %i queued lines says %s', (queued, said) => {
    expect(readyAnnouncement(queued)).toBe(said);
  });
});
