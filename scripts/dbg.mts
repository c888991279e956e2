import { readDocument } from '../src/ingest/read.js';
import { toBlocks } from '../src/corpus/blocks.js';
import { findRecommendationSections } from '../src/corpus/recommendationSections.js';
import { segmentSection } from '../src/corpus/segmentItems.js';
const raw = await readDocument(process.argv[2]!);
const blocks = toBlocks(raw, 'x');
for (const s of findRecommendationSections(blocks)) {
  console.log(JSON.stringify({ ...s }), blocks[s.at]!.text.slice(0, 80));
  for (const c of segmentSection(blocks, s)) console.log('   ', c.rule, c.block.index, c.text.slice(0, 80));
}
