import { analyse, ingest, loadResources, progressOf, train } from '../src/index.js';

// the sample reports of a clone of cpc; name your own files, folders or globs
const resources = await loadResources();
const { documents, failures } = await ingest(['data/sample/'], { cwd: process.cwd(), register: resources.register });
const analysis = analyse(documents, resources, train(documents, resources));
console.log(failures, analysis.themeRows.classic.council);

// how far each recommendation got (reads the follow-up documents' text again)
const { progress, tables } = await progressOf(analysis, { cwd: process.cwd() });
console.log(progress[0]?.status, progress[0]?.peer.quote, tables['theme-classic']);
