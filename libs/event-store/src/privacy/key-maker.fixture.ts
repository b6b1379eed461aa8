/**
 * A second process for the key store spec: opens the same keys file, asks for the key of every
 * subject `subject-0` … `subject-<count - 1>` (making the missing ones), and prints them as one
 * JSON object of hex keys (null for a forgotten subject). Usage: <file> <count>
 */
import { createSqliteKeyStore } from './sqlite-key-store';

const [file, count] = process.argv.slice(2);
if (!file || !count) throw new Error('usage: <file> <count>');

const keys = createSqliteKeyStore(file);
const made: Record<string, string | null> = {};
for (let i = 0; i < Number(count); i += 1) {
  const key = await keys.getOrCreateKey(`subject-${i}`);
  made[`subject-${i}`] = key ? Buffer.from(key).toString('hex') : null;
}
await keys.close();
process.stdout.write(JSON.stringify(made));
