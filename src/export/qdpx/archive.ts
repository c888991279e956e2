import JSZip from 'jszip';
import type { QdaProject } from './project.js';
import { projectXml, sourceFile } from './projectXml.js';

/** Every entry's timestamp: fixed (the earliest a ZIP can hold), so the same project is always the same bytes. */
const ZIP_DATE = new Date(Date.UTC(1980, 0, 1));

/**
 * The `.qdpx` archive: `project.qde` and one UTF-8 text file per source under `sources/`, named by the source's
 * GUID (the standard's `internal://` paths), compressed with ZIP deflate, entries in a fixed order.
 */
export async function qdpxArchive(project: QdaProject): Promise<Uint8Array> {
  const zip = new JSZip();
  const options = { date: ZIP_DATE, createFolders: false } as const;
  zip.file('project.qde', projectXml(project), options);
  for (const source of project.sources) zip.file(sourceFile(source), source.text, options);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
