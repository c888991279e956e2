import { codesXml } from './codes.js';
import { nameGuid } from './guid.js';
import type { QdaCase, QdaProject, QdaSelection, QdaSource, QdaVariable } from './project.js';
import { element, textElement, XML_DECLARATION } from './xml.js';

/** Where a source's text is stored inside the archive, relative to it (the standard's flat `sources/` folder). */
export function sourceFile(source: QdaSource): string {
  return `sources/${source.guid}.txt`;
}

/**
 * `project.qde`: the project in the REFI-QDA namespace, its elements in the order the schema requires (CodeBook,
 * Variables, Cases, Sources; inside a source, Description then selections; inside a selection, Description then
 * codings). No dates: the same project is always the same bytes.
 */
export function projectXml(project: QdaProject): string {
  const children = [
    ...(project.codes.length === 0 ? [] : [element('CodeBook', {}, [codesXml(project.codes)])]),
    ...(project.variables.length === 0 ? [] : [element('Variables', {}, project.variables.map(variableXml))]),
    ...(project.cases.length === 0 ? [] : [element('Cases', {}, project.cases.map(caseXml))]),
    ...(project.sources.length === 0 ? [] : [element('Sources', {}, project.sources.map(sourceXml))]),
  ];
  return `${XML_DECLARATION}\n${element('Project', { xmlns: 'urn:QDA-XML:project:1.0', name: project.name, origin: project.origin }, children)}\n`;
}

function variableXml(v: QdaVariable): string {
  return element('Variable', { guid: v.guid, name: v.name, typeOfVariable: 'Text' }, [textElement('Description', v.description)]);
}

function caseXml(c: QdaCase): string {
  return element('Case', { guid: c.guid, name: c.name }, [
    ...c.values.map((v) => element('VariableValue', {}, [element('VariableRef', { targetGUID: v.variable }), textElement('TextValue', v.text)])),
    ...c.sources.map((guid) => element('SourceRef', { targetGUID: guid })),
  ]);
}

function sourceXml(s: QdaSource): string {
  return element('TextSource', { guid: s.guid, name: s.name, plainTextPath: `internal://${s.guid}.txt` }, [
    textElement('Description', s.description),
    ...s.selections.map(selectionXml),
  ]);
}

function selectionXml(s: QdaSelection): string {
  return element('PlainTextSelection', { guid: s.guid, name: s.name, startPosition: s.start, endPosition: s.end }, [
    textElement('Description', s.description),
    ...s.codes.map((code) => element('Coding', { guid: codingGuid(s.guid, code) }, [element('CodeRef', { targetGUID: code })])),
  ]);
}

/** A coding's GUID: from its selection's and its code's, so it is as stable as they are. */
function codingGuid(selection: string, code: string): string {
  return nameGuid(`coding/${selection}/${code}`);
}
