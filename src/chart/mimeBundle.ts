import type { TopLevelSpec } from 'vega-lite';

/**
 * A drawn chart as a Jupyter MIME bundle: the Vega-Lite spec under the media type of its major version (interactive
 * where the front end draws Vega-Lite), its SVG drawing (for code hosts and static viewers), and its title as text.
 */
export function mimeBundle(chart: { readonly title: string; readonly spec: TopLevelSpec; readonly svg: string }): Record<string, unknown> {
  const schema = typeof chart.spec.$schema === 'string' ? chart.spec.$schema : '';
  const version = /\/vega-lite\/v(\d+)/.exec(schema)?.[1] ?? '6';
  return { [`application/vnd.vegalite.v${version}+json`]: chart.spec, 'image/svg+xml': chart.svg, 'text/plain': chart.title };
}
