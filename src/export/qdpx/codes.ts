import type { IssueTaxonomy } from '../../aggregate/issueTaxonomy.js';
import { THEME_COLOURS } from '../../chart/palette.js';
import type { Codebook } from '../../classify/codebook.js';
import { UNCLASSIFIED, type Framework, type ThemeOrUnclassified } from '../../vocabulary.js';
import { nameGuid } from './guid.js';
import { element, textElement, XML_DECLARATION } from './xml.js';

/** A code of the REFI-QDA code system: a theme, an issue, or a folder of them (not codable). */
export interface QdaCode {
  readonly guid: string;
  readonly name: string;
  readonly codable: boolean;
  /** `#RRGGBB`. */
  readonly colour?: string;
  readonly description?: string;
  readonly children: readonly QdaCode[];
}

/** The stable GUID of a theme's code (each framework has its own `unclassified`). */
export function themeCodeGuid(framework: Framework, theme: ThemeOrUnclassified): string {
  return nameGuid(`code/theme/${framework}/${theme}`);
}

/** The stable GUID of a recurring issue's code. */
export function issueCodeGuid(issue: string): string {
  return nameGuid(`code/issue/${issue}`);
}

const FRAMEWORK_FOLDERS: Readonly<Record<Framework, string>> = {
  classic: 'Themes: classic framework (to about 2021)',
  current: 'Themes: current framework',
};

/**
 * cpc's codebooks as a hierarchical code system: one folder per theme framework (its five themes, described and
 * coloured as in the charts, then `Unclassified`), and one folder of recurring issues (described by the phrases
 * that raise them). GUIDs come from the ids, so they never change between exports.
 */
export function codeSystem(codebooks: readonly Codebook[], taxonomy: IssueTaxonomy): QdaCode[] {
  const frameworks = codebooks.map((codebook): QdaCode => ({
    guid: nameGuid(`code/folder/themes/${codebook.framework}`),
    name: FRAMEWORK_FOLDERS[codebook.framework],
    codable: false,
    description: `The LGA's five core themes of a Corporate Peer Challenge (codebook ${codebook.version}).`,
    children: [
      ...codebook.themes.map((theme): QdaCode => ({
        guid: themeCodeGuid(codebook.framework, theme.id),
        name: theme.label,
        codable: true,
        colour: THEME_COLOURS[theme.id],
        description: `${theme.description}\nKey question: ${theme.question}\ncpc theme id: ${theme.id}`,
        children: [],
      })),
      {
        guid: themeCodeGuid(codebook.framework, UNCLASSIFIED),
        name: 'Unclassified',
        codable: true,
        colour: THEME_COLOURS[UNCLASSIFIED],
        description: `Recommendations for which no theme of the ${codebook.framework} framework passed its threshold.`,
        children: [],
      },
    ],
  }));
  const issues: QdaCode = {
    guid: nameGuid('code/folder/issues'),
    name: 'Recurring issues',
    codable: false,
    description: `Issues that peer teams raise across councils (taxonomy ${taxonomy.version}).`,
    children: taxonomy.issues.map((issue) => ({
      guid: issueCodeGuid(issue.id),
      name: issue.label,
      codable: true,
      description: `Raised where a recommendation says: ${issue.phrases.join(', ')}.${issue.themes.length === 0 ? '' : `\nThemes: ${issue.themes.join(', ')}.`}\ncpc issue id: ${issue.id}`,
      children: [],
    })),
  };
  return [...frameworks, issues];
}

/** The `<Codes>` element of a project's or a codebook's code system (the same element order in both). */
export function codesXml(codes: readonly QdaCode[]): string {
  const code = (c: QdaCode): string =>
    element('Code', { guid: c.guid, name: c.name, isCodable: c.codable, color: c.colour }, [
      ...(c.description === undefined ? [] : [textElement('Description', c.description)]),
      ...c.children.map(code),
    ]);
  return element('Codes', {}, codes.map(code));
}

/** A REFI-QDA codebook file (`.qdc`): the code system alone, to start coding by hand in another tool. */
export function codebookXml(codes: readonly QdaCode[], origin: string): string {
  return `${XML_DECLARATION}\n${element('CodeBook', { xmlns: 'urn:QDA-XML:codebook:1.0', origin }, [codesXml(codes)])}\n`;
}
