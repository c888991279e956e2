/** The five sample documents the scale corpus is made from, and how each names its own council. */
export const TEMPLATE_IDS = [
  'sevenoaks-2020-proposal-report',
  'stockport-2024-revisit-scrutiny-report',
  'stockton-on-tees-2019-cabinet-decision',
  'stoke-on-trent-2016-feedback-report',
  'test-valley-2020-progress-report',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface Template {
  readonly id: TemplateId;
  /** Register authority type of the template's council; replacement councils are of the same type. */
  readonly authorityType: string;
  /** Phrases naming the council in full, replaced by the new council's official name (longest first). */
  readonly officialForms: readonly string[];
  /** Phrases naming it briefly, replaced by the new council's register name. */
  readonly shortForms: readonly string[];
  /** Lower-case name as it appears in web and e-mail domains. */
  readonly domain: string;
  /** For a template that never names its council: a phrase to name it in (`{council}` is the official name). */
  readonly naming?: { readonly phrase: string; readonly replacement: string };
}

export const TEMPLATES: readonly Template[] = [
  { id: 'sevenoaks-2020-proposal-report', authorityType: 'shire district', officialForms: ['Sevenoaks District Council'], shortForms: ['Sevenoaks'], domain: 'sevenoaks' },
  {
    id: 'stockport-2024-revisit-scrutiny-report',
    authorityType: 'metropolitan district',
    officialForms: ['Stockport Metropolitan Borough Council', 'Stockport Council'],
    shortForms: ['Stockport'],
    domain: 'stockport',
  },
  {
    id: 'stockton-on-tees-2019-cabinet-decision',
    authorityType: 'unitary',
    officialForms: ['Stockton-on-Tees Borough Council'],
    shortForms: ['Stockton-on-Tees', 'Stockton'],
    domain: 'stockton',
  },
  {
    id: 'stoke-on-trent-2016-feedback-report',
    authorityType: 'unitary',
    officialForms: ['City of Stoke-on-Trent Council', 'City of Stoke on Trent Council', 'Stoke-on-Trent City Council'],
    shortForms: ['City of Stoke-on-Trent', 'Stoke-on-Trent', 'Stoke on Trent', 'Stoke'],
    domain: 'stoke',
  },
  {
    id: 'test-valley-2020-progress-report',
    authorityType: 'shire district',
    officialForms: ['Test Valley Borough Council'],
    shortForms: ['Test Valley'],
    domain: 'testvalley',
    naming: { phrase: 'Report of the Leader', replacement: 'Report of the Leader of {council}' },
  },
];
