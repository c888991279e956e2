/**
 * One peer's line -> name, role and organisation: "Name – Role, Organisation", "Name, Role, Organisation",
 * "Councillor Name OBE – Role, Organisation", "Name, Role of Organisation", "Name, Role at A and Role at B".
 */

export interface PeerLine {
  readonly name: string;
  readonly role: string | null;
  readonly organisation: string | null;
  /** Introduced as Councillor or Cllr. */
  readonly councillor: boolean;
  /** Marked "(Lead Peer)" or similar. */
  readonly leadMark: boolean;
  /** Marked "(Member Peer)". */
  readonly memberMark: boolean;
}

const TITLE = /^(?:Councillor|Cllr\.?)\s+/i;
/** Political groups, as a member peer's line names theirs. */
const GROUP = 'labour|conservative|liberal democrats?|lib dem|independent|green|plaid cymru|snp|reform(?: uk)?';
/** A member peer's political group after their council: "Breckland District Council - Conservative". */
const PARTY = new RegExp(`\\s*[–—-]\\s*(?:${GROUP})\\s*$`, 'i');
/** "(Lead Peer)", "(Member Peer)", with a member peer's group: "(Labour member peer)". */
const MARK = new RegExp(`\\s*\\(((?:(?:${GROUP})\\s+)?(?:lead|member|officer)(?: member| officer)? peer|team lead|lead)\\)`, 'gi');
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+/;
const POSTNOMINALS = /(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|DL|JP|MP|FCA|CPFA|FRSA|PhD))+$/;
const NAME_WORD = /^(?:Dr\.?|Prof\.?|Professor|Sir|Dame|Lord|Baroness|[A-Z][a-zA-Z’'-]*[a-z][a-zA-Z’'-]*|[A-Z]\.?)$/;
const NOT_NAME = new Set(
  'Chief Executive Director Council Leader Programme Manager Local Government Association Head Corporate Peer Team The Cabinet Member Assistant Strategic Understanding Leadership Financial Organisational Capacity Report Officer Lead Challenge Contact Portfolio Holder Scope Focus Key Next Date Of And'.split(' '),
);
const ORGANISATION =
  /\b(?:Council|Association|Authority|Borough|Government|Fire|Police|NHS|Trust|University|LGA|Partnership|Ltd|Limited|Agency|Board|Department|Company|Corporation|Commission|Institute|Federation|Services?|College|CCG|Society|Network|Foundation|Combined)\b|^(?:London|Royal) Borough|^City of/;
const ROLE_WORD = /\b(?:Director|Executive|Manager|Officer|Leader|Member|Head|Adviser|Advisor|Lead|Chair|Mayor|Secretary|Solicitor|Treasurer|Commissioner|Councillor)\b/i;

/** Parse a peer line, or null when it does not start with a person's name. */
export function parsePeerLine(line: string): PeerLine | null {
  let text = line.trim().replace(/[.;]+$/, '');
  let leadMark = false;
  let memberMark = false;
  text = text.replace(MARK, (_, mark: string) => {
    if (/lead/i.test(mark)) leadMark = true;
    if (/member/i.test(mark)) memberMark = true;
    return '';
  });
  const councillor = TITLE.test(text);
  text = text.replace(TITLE, '').replace(COURTESY, '');
  // "Name (Role, Organisation)", "Name (Organisation - Party)": the rest of the line in brackets after the name
  const bracketed = /^([^(),]+?)\s*\(([^()]+)\)$/.exec(text);
  if (bracketed !== null && isName(bracketed[1]!.replace(POSTNOMINALS, '').trim())) text = `${bracketed[1]!}, ${bracketed[2]!.replace(PARTY, '')}`;
  const separator = /\s+[–—-]\s+|\s*,\s*|\s*:\s*|\t+/.exec(text);
  const rawName = separator === null ? text : text.slice(0, separator.index);
  const name = rawName.replace(POSTNOMINALS, '').trim();
  if (!isName(name)) return null;
  let rest = separator === null ? '' : text.slice(separator.index + separator[0].length);
  rest = rest.replace(/^(?:(?:OBE|MBE|CBE|KBE|DBE|DL|JP)\s*[,–—-]?\s*)+/, '').trim();
  const { role, organisation } = splitRole(rest);
  return { name, role, organisation, councillor, leadMark, memberMark };
}

function isName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => NAME_WORD.test(w) && !NOT_NAME.has(w));
}

/** "Role, Organisation" / "Role – Organisation" / "Role of Organisation" / "Organisation" -> parts. */
function splitRole(rest: string): { role: string | null; organisation: string | null } {
  const text = rest.replace(/\t+/g, ', ').replace(/\s+[–—]\s+|\s+-\s+/g, ' - ').trim();
  if (text === '') return { role: null, organisation: null };
  const parts = text.split(/\s*,\s*/);
  const last = parts[parts.length - 1]!;
  if (parts.length > 1 && ORGANISATION.test(last)) {
    return { role: clean(parts.slice(0, -1).join(', ')), organisation: organisationOf(last) };
  }
  if (parts.length > 1) return { role: clean(text), organisation: null };
  const dash = / - (?=[A-Z])/.exec(text);
  if (dash !== null && ORGANISATION.test(text.slice(dash.index))) {
    return { role: clean(text.slice(0, dash.index)), organisation: organisationOf(text.slice(dash.index + 3)) };
  }
  // "Director of Place of Leeds City Council": the last "of/at/for" that leaves an organisation after it.
  const splits = [...text.matchAll(/\s+(?:of|at|for)\s+(?=(?:the\s+)?[A-Z])/g)].reverse();
  const of = splits.find((m) => ROLE_WORD.test(text.slice(0, m.index)) && ORGANISATION.test(text.slice(m.index + m[0].length)));
  if (of !== undefined) {
    return { role: clean(text.slice(0, of.index)), organisation: organisationOf(text.slice(of.index + of[0].length)) };
  }
  if (ORGANISATION.test(text) && !ROLE_WORD.test(text)) return { role: null, organisation: organisationOf(text) };
  return { role: clean(text), organisation: null };
}

/** Drop a trailing "(LGA)", a leading "the", and a second role inside "A and Role at B". */
function organisationOf(text: string): string | null {
  const trimmed = text
    .replace(/\s*\((?:LGA|[A-Z]{2,6})\)\s*$/, '')
    .replace(/^the\s+/i, '')
    .trim();
  const parts = trimmed.split(/\s+and\s+/);
  const joined = parts
    .map((part, i) => {
      const roleAt = /^(.*?)\s+(?:at|of|for)\s+(.+)$/.exec(part);
      return i > 0 && roleAt !== null && ROLE_WORD.test(roleAt[1]!) && ORGANISATION.test(roleAt[2]!) ? roleAt[2]!.replace(/^the\s+/i, '') : part;
    })
    .join(' and ');
  return clean(joined);
}

function clean(text: string): string | null {
  const folded = text.replace(/\s+/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
  return folded === '' ? null : folded;
}
