// The `cpc` executable: the only place that touches process.exit and signals.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

import { outputsCommitted } from '../export/atomic.js';
import { abandonWrites } from '../export/lock.js';
import { abandonSpools } from '../pipeline/spoolFolders.js';
import { stopReaders } from '../pool/ingestPool.js';
import { processIo } from './io.js';
import { runCli } from './program.js';

/**
 * On SIGINT/SIGTERM remove files still being written, the run's temporary corpus file and the output lock: the earlier outputs stay as they were,
 * unless the signal came after the new ones were all in place (outputs are renamed in one synchronous pass, so it
 * is one or the other).
 */
function onSignal(signal: NodeJS.Signals): void {
  stopReaders();
  abandonWrites();
  abandonSpools();
  const outcome = outputsCommitted() ? 'after its outputs were written' : 'earlier outputs left as they were';
  process.stderr.write(`cpc: interrupted (${signal}); ${outcome}\n`);
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
