// The `cpc` executable: the only place that touches process.exit and signals.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

import { abandonWrites } from '../export/lock.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

/** On SIGINT/SIGTERM remove files still being written and the output lock: the earlier outputs stay as they were. */
function onSignal(signal: NodeJS.Signals): void {
  abandonWrites();
  process.stderr.write(`cpc: interrupted (${signal}); earlier outputs left as they were\n`);
  process.exit(signal === 'SIGINT' ? 130 : 143);
}
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

// `cpc recommendations | head`: the reader has gone, so stop quietly rather than crash on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    abandonWrites();
    process.exit(0);
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIo());
