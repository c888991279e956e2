import { describe, expect, it } from 'vitest';
import { loadBriefingAssets } from '../../src/export/briefingAssets.js';

describe('loadBriefingAssets', () => {
  it('reads the minified browser builds of vega, vega-lite and vega-embed', async () => {
    const assets = await loadBriefingAssets();
    expect(assets.vega.length).toBeGreaterThan(100_000);
    expect(assets.vegaLite).toContain('vegaLite');
    expect(assets.vegaEmbed).toContain('vegaEmbed');
  });
});
