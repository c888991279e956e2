/** REFI-QDA interchange: cpc's codebooks and coded recommendations for NVivo, ATLAS.ti, MAXQDA, QualCoder. */
export { qdpxArchive } from './archive.js';
export { codebookXml, codeSystem, issueCodeGuid, themeCodeGuid, type QdaCode } from './codes.js';
export { nameGuid } from './guid.js';
export { plainText, type PlainText } from './plainText.js';
export { qdaProject, sourceGuid, type ProjectInput, type QdaProject, type QdaSelection, type QdaSource, type SourceText } from './project.js';
export { projectXml, sourceFile } from './projectXml.js';
