import { vi } from 'vitest';
import { runCli } from '../cli/cli';

/** Runs the operator CLI in this process: its exit code and everything it printed (stdout and stderr). */
export const runCliCaptured = async (argv: readonly string[], env: Record<string, string>) => {
  const printed: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
  try {
    return { code: await runCli([...argv], env), output: printed.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
};
