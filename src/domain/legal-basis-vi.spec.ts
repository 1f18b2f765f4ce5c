import { DEADLINE_CATALOGUE_V1 } from '../database/seeds/deadline-catalogue-v1';
import { DEADLINE_CATALOGUE_V2 } from '../database/seeds/deadline-catalogue-v2';
import { DEADLINE_CATALOGUE_V3 } from '../database/seeds/deadline-catalogue-v3';
import { DEADLINE_CATALOGUE_V4 } from '../database/seeds/deadline-catalogue-v4';
import { DEADLINE_CATALOGUE_V5 } from '../database/seeds/deadline-catalogue-v5';
import { legalBasisIn, legalBasisVi, renderLegalCitation } from './legal-basis-vi';

describe('renderLegalCitation', () => {
  it('cites article, clause and point the Vietnamese way', () => {
    expect(renderLegalCitation('BLTTHS 2015 art. 147')).toBe('Điều 147 Bộ luật Tố tụng hình sự 2015');
    expect(renderLegalCitation('BLTTHS 2015 art. 147(1)')).toBe('Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015');
    expect(renderLegalCitation('BLTTHS 2015 art. 172(2)(c)')).toBe('Điểm c khoản 2 Điều 172 Bộ luật Tố tụng hình sự 2015');
    expect(renderLegalCitation('BLTTHS 2015 art. 148–149')).toBe('Điều 148–149 Bộ luật Tố tụng hình sự 2015');
    expect(renderLegalCitation('Law 53/2024 art. 27(2)')).toBe('Khoản 2 Điều 27 Luật Phòng, chống mua bán người 2024');
    expect(renderLegalCitation('Decree 162/2025/NĐ-CP art. 17')).toBe('Điều 17 Nghị định 162/2025/NĐ-CP');
  });

  it('knows nothing it cannot read', () => {
    expect(renderLegalCitation('Some Act art. 3')).toBeNull();
    expect(renderLegalCitation('BLTTHS 2015 art. 147: a sentence')).toBeNull();
  });
});

describe('legalBasisVi', () => {
  it('renders every legal basis of every seeded catalogue version, entries and extension tiers, without English left', () => {
    const bases = new Set<string>();
    for (const catalogue of [DEADLINE_CATALOGUE_V1, DEADLINE_CATALOGUE_V2, DEADLINE_CATALOGUE_V3, DEADLINE_CATALOGUE_V4, DEADLINE_CATALOGUE_V5])
      for (const entry of catalogue.entries) {
        bases.add(entry.legalBasis);
        for (const tier of entry.extension?.tiers ?? []) bases.add(tier.legalBasis);
      }
    const unrendered = [...bases].filter((basis) => {
      const vi = legalBasisVi(basis);
      return !vi || /\b(art\.|Law|Policy|the|days?|months?)\b/.test(vi);
    });
    expect(unrendered).toEqual([]);
    expect(bases.size).toBeGreaterThan(50);
  });

  it('gives English readers the catalogue’s own text and falls back to it for an unknown sentence', () => {
    expect(legalBasisIn('BLTTHS 2015 art. 147(1)', 'en')).toBe('BLTTHS 2015 art. 147(1)');
    expect(legalBasisIn('BLTTHS 2015 art. 147(1)', 'vi')).toBe('Khoản 1 Điều 147 Bộ luật Tố tụng hình sự 2015');
    expect(legalBasisIn('A new rule nobody translated', 'vi')).toBe('A new rule nobody translated');
  });
});
