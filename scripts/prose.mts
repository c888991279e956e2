import { findProseRecommendations } from '../src/corpus/proseRecommendations.js';
const s = process.argv[2]!;
const block = { kind: 'paragraph', text: s, marker: null, ordinal: null, bold: null, allBold: false, bulleted: false, index: 0, source: { file: 'x', page: null, line: 1, start: 0, end: s.length } } as const;
for (const c of findProseRecommendations([block])) console.log(' -', c.text);
