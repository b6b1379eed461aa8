import { describe, expect, it } from 'vitest';
import { anEvent, uniqueStream } from './contract-fixtures';
import { afterGroupCommits, appendTogether } from './group-commit';
import { createSqliteEventStore } from './sqlite-event-store';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('afterGroupCommits (sqlite)', () => {
  it('given appends of one turn, then the listener hears once, after their answers and what those answers set off, before the next turn', async () => {
    const store = createSqliteEventStore(':memory:');
    const heard: string[] = [];
    const unsubscribe = afterGroupCommits(store, () => heard.push('group committed'));
    const answered = Promise.all(
      [uniqueStream('a'), uniqueStream('b')].map((stream) =>
        appendTogether(store, stream, [anEvent('x')], 'no_stream').then(() => Promise.resolve().then(() => heard.push(`after ${stream}`))),
      ),
    );
    // Queued after the group's commit: it stands for whatever the loop runs next.
    setImmediate(() => heard.push('next immediate'));
    await answered;
    await nextTurn();
    expect(heard.map((entry) => entry.replace(/ (a|b)-.*/, ' $1'))).toEqual(['after a', 'after b', 'group committed', 'next immediate']);

    unsubscribe();
    await appendTogether(store, uniqueStream('c'), [anEvent('y')], 'no_stream');
    await nextTurn();
    expect(heard.filter((entry) => entry === 'group committed')).toHaveLength(1);
    await store.close();
  });
});
