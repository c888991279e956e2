import { runCli } from '../../src/cli/program.js';
import type { Io } from '../../src/cli/io.js';

/** Run the CLI in-process, capturing what it writes. */
export async function cli(args: readonly string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, interactive: false };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
