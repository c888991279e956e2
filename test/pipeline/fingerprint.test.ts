import { describe, expect, it } from 'vitest';
import { codeFingerprint, sourceFiles } from '../../src/cache/fingerprint.js';

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

describe('the code a cache key covers', () => {
  it("takes a stage's sub-folders with it, but not the other stages under the top level", async () => {
    const classify = await sourceFiles('src/classify', true);
    expect(classify).toContain('model/fitLogistic.ts');
    expect(classify).toContain('classify.ts');
    const top = await sourceFiles('src', false);
    expect(top).toContain('vocabulary.ts');
    expect(top.some((name) => name.includes('/'))).toBe(false);
  });
});
