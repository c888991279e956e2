import { describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/cache/fingerprint.js';

describe('codeFingerprint', () => {
  it('hashes the poppler addon’s C++ (a path outside src/), so editing it invalidates cached documents', async () => {
    const without = await codeFingerprint(['ingest']);
    const withAddon = await codeFingerprint(['ingest', '../native/poppler/src']);
    const withMissing = await codeFingerprint(['ingest', '../native/no-such-folder']);
    // a folder that is not there adds nothing (so a wrong path would go unnoticed but for the first check)
    expect(withMissing).toBe(without);
    expect(withAddon).not.toBe(without);
  });
});
