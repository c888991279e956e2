// Preload (`node --import`) for the commit's fault-injection test: the process kills itself (SIGKILL, no handler
// runs) just before its CPC_KILL_AT_RENAME-th call of fs.renameSync, as a power cut or `kill -9` would stop it.
import fs from 'node:fs';
import process from 'node:process';
import { syncBuiltinESMExports } from 'node:module';

const at = Number(process.env.CPC_KILL_AT_RENAME);
const rename = fs.renameSync;
let calls = 0;
fs.renameSync = (from, to) => {
  calls += 1;
  if (calls === at) process.kill(process.pid, 'SIGKILL');
  return rename(from, to);
};
syncBuiltinESMExports();
