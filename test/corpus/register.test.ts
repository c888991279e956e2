import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCpcError } from '../../src/errors.js';
import { councilAtYear } from '../../src/corpus/councilAtYear.js';
import { lookupCouncil } from '../../src/corpus/lookupCouncil.js';
import { parseRegister, type Register } from '../../src/corpus/register.js';
import { loadRegister } from '../../src/resources/register.js';

const REFERENCE = fileURLToPath(new URL('../../data/reference/', import.meta.url));
const councilsCsv = readFileSync(`${REFERENCE}uk-councils.csv`, 'utf8');
const aliasesCsv = readFileSync(`${REFERENCE}uk-council-aliases.csv`, 'utf8');
const register: Register = parseRegister(councilsCsv, aliasesCsv);

function codes(name: string): string[] {
  return lookupCouncil(register, name).map((e) => e.gssCode).sort();
}

function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    if (isCpcError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a CpcError');
}

describe('parseRegister', () => {
  it('reads every council row with its attributes and validity years', () => {
    expect(register.entries.size).toBe(442);
    expect(register.entries.get('E07000093')).toEqual({
      gssCode: 'E07000093',
      name: 'Test Valley',
      officialName: 'Test Valley Borough Council',
      authorityType: 'shire district',
      region: 'South East',
      country: 'England',
      parentCode: 'E10000014',
      validFrom: null,
      validTo: null,
      replacedBy: [],
    });
    expect(register.entries.get('E10000006')?.replacedBy).toEqual(['E06000063', 'E06000064']);
    expect(register.entries.get('E07000246')).toMatchObject({ validFrom: 2019, validTo: 2023 });
  });

  it('names the file, line, column and value of a bad row', () => {
    const bad = councilsCsv.replace('E06000002,Middlesbrough', 'X06000002,Middlesbrough');
    expect(thrown(() => parseRegister(bad, aliasesCsv))).toEqual({
      code: 'invalid-input',
      message: expect.stringMatching(/uk-councils\.csv:3: gss_code \("X06000002"\): /),
    });
    const badYear = councilsCsv.replace('Aylesbury Vale District Council', 'x').replace(',,2020,x,', ',,20x0,x,');
    expect(thrown(() => parseRegister(badYear, aliasesCsv)).message).toMatch(/:\d+: valid_to \("20x0"\): /);
    const badType = councilsCsv.replace('Hartlepool,unitary', 'Hartlepool,parish');
    expect(thrown(() => parseRegister(badType, aliasesCsv)).message).toMatch(/:2: authority_type/);
  });

  it('rejects an alias whose code is not a council, and CSV that does not parse', () => {
    const orphan = `${aliasesCsv.trimEnd()}\nGotham,E06999999,test\n`;
    expect(thrown(() => parseRegister(councilsCsv, orphan)).message).toMatch(/uk-council-aliases\.csv:1226: gss_code \("E06999999"\): is not in uk-councils\.csv/);
    expect(thrown(() => parseRegister('gss_code,name\n"E06000001,Hartlepool\n', aliasesCsv))).toMatchObject({ code: 'invalid-input' });
    expect(thrown(() => parseRegister(`${councilsCsv}E06000001,Hartlepool,unitary,North East,England,,,,Hartlepool Borough Council,\n`, aliasesCsv)).message).toMatch(
      /gss_code \("E06000001"\): a duplicate/,
    );
  });
});

describe('lookups by normalised name', () => {
  const cases: [string, string[]][] = [
    ['City of Stoke-on-Trent Council', ['E06000021']],
    ['STOCKTON-ON-TEES BOROUGH COUNCIL', ['E06000004']],
    ['Stockport MBC', ['E08000007']],
    ['Stockport Council', ['E08000007']],
    ['Stockport Metropolitan Borough Council', ['E08000007']],
    ['St. Helens Council', ['E08000013']],
    ['Saint Helens', ['E08000013']],
    ['Basingstoke & Deane Borough Council', ['E07000084']],
    ['the Royal Borough of Kingston upon Thames', ['E09000021']],
    ['Kingston upon Thames Council', ['E09000021']],
    ['London Borough of Havering', ['E09000016']],
    ['Havering Council', ['E09000016']],
    ['Wakefield Metropolitan District Council', ['E08000036']],
    ['Test Valley Borough Council', ['E07000093']],
    ['Dorset County Council', ['E10000009']],
    ['Dorset Council', ['E06000059']],
    ['Dorset', ['E06000059', 'E10000009']],
    ['Gateshead MBC', ['E08000020', 'E08000037']],
    ['Romsey', []],
    ['Local Government Association', []],
  ];
  for (const [name, expected] of cases) {
    it(name, () => expect(codes(name)).toEqual(expected));
  }

  it('returns the candidates with their validity years, and councilAtYear picks the one valid that year', () => {
    const dorset = lookupCouncil(register, 'Dorset');
    expect(dorset.map((e) => [e.gssCode, e.validFrom, e.validTo]).sort()).toEqual([
      ['E06000059', 2019, null],
      ['E10000009', null, 2019],
    ]);
    expect(councilAtYear(dorset, register, 2018)).toMatchObject({ entry: { gssCode: 'E10000009' }, doubt: null });
    expect(councilAtYear(dorset, register, 2019)).toMatchObject({ entry: { gssCode: 'E06000059' }, doubt: null });
    expect(councilAtYear(dorset, register, null)).toMatchObject({ entry: { gssCode: 'E06000059' }, doubt: null });
    const gateshead = lookupCouncil(register, 'Gateshead');
    expect(councilAtYear(gateshead, register, 2012)?.entry.gssCode).toBe('E08000020');
    expect(councilAtYear(gateshead, register, 2013)?.entry.gssCode).toBe('E08000037');
  });

  it('follows replaced_by to the successor valid in a later year, with a doubt', () => {
    const taunton = lookupCouncil(register, 'Taunton Deane Borough Council');
    expect(councilAtYear(taunton, register, 2018)).toMatchObject({ entry: { gssCode: 'E07000190' }, doubt: null });
    expect(councilAtYear(taunton, register, 2020)?.entry.gssCode).toBe('E07000246');
    const later = councilAtYear(taunton, register, 2024);
    expect(later?.entry.gssCode).toBe('E06000066');
    expect(later?.doubt).toMatch(/Taunton Deane Borough Council \(E07000190\) was abolished or re-coded in 2019; using Somerset Council/);
  });
});

describe('loadRegister', () => {
  it('reads the package reference data, wherever the process runs', async () => {
    const loaded = await loadRegister();
    expect(loaded.entries.size).toBe(register.entries.size);
    expect([...loaded.byExact.keys()]).toEqual([...register.byExact.keys()]);
  });

  it('reads another folder, and reports a missing one as file-not-found', async () => {
    expect((await loadRegister(REFERENCE)).entries.size).toBe(442);
    await expect(loadRegister('/nonexistent/reference')).rejects.toMatchObject({ code: 'file-not-found' });
  });
});

describe('compound place names', () => {
  it('reads the first word of a compound name when only one council has it', () => {
    expect(codes('Stockton Council')).toEqual(['E06000004']);
    expect(codes('Stoke City Council')).toEqual(['E06000021']);
    expect(codes('Southend Council')).toEqual(['E06000033']);
    expect(codes('Kingston Council')).toEqual([]);
  });
});
