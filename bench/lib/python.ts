import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** A Python with scikit-learn: `CPC_PYTHON`, else Debian's /usr/bin/python3 (python3-sklearn), else `python3`. */
export function pythonWithSklearn(): { python: string } | { missing: string } {
  const candidates = [process.env.CPC_PYTHON, '/usr/bin/python3', 'python3'].filter((p): p is string => p !== undefined && p !== '');
  for (const python of candidates) {
    if (python.startsWith('/') && !existsSync(python)) continue;
    const probe = spawnSync(python, ['-c', 'import sklearn; print(sklearn.__version__)'], { encoding: 'utf8' });
    if (probe.status === 0) return { python };
  }
  return { missing: `no python3 with scikit-learn (tried ${candidates.join(', ')}; apt-get install python3-sklearn or set CPC_PYTHON)` };
}
