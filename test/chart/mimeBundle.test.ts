import { describe, expect, it } from 'vitest';
import { mimeBundle } from '../../src/chart/mimeBundle.js';

describe('mimeBundle', () => {
  it('files the spec under its Vega-Lite major version, with the SVG and the title', () => {
    const spec = { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', mark: 'bar' as const, data: { values: [] } };
    expect(mimeBundle({ title: 'Themes', spec, svg: '<svg/>' })).toEqual({ 'application/vnd.vegalite.v6+json': spec, 'image/svg+xml': '<svg/>', 'text/plain': 'Themes' });
    const v5 = { ...spec, $schema: 'https://vega.github.io/schema/vega-lite/v5.20.1.json' };
    expect(Object.keys(mimeBundle({ title: 'T', spec: v5, svg: '' }))[0]).toBe('application/vnd.vegalite.v5+json');
  });
});
