// A run's commit in a process of its own, for the fault-injection test: `commitChild.ts <dir>` writes NEW_FILES
// into <dir> all-or-nothing under the output lock, and prints what the lock's recovery said.
import { join } from 'node:path';
import { writeFileAtomic } from '../../../src/export/atomic.js';
import { withOutputLock } from '../../../src/export/lock.js';
import { NEW_FILES } from './commitFiles.js';

const dir = process.argv[2]!;
await withOutputLock(dir, async () => {
  for (const [name, content] of Object.entries(NEW_FILES)) await writeFileAtomic(join(dir, name), content);
}, { onRecovered: (note) => process.stdout.write(`${note}\n`) });
