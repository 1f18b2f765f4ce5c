import { useTranslation } from 'react-i18next';

/** What the API serves about a legal basis: the catalogue's English text and its Vietnamese rendering, when known. */
export interface LegalBasisText {
  legalBasis?: string | null;
  legalBasisVi?: string | null;
}

/** A legal basis in the screen's language: Vietnamese ("Khoản 1 Điều 147 Bộ luật…"), or the catalogue's English. */
export function useLegalBasis(): (basis: LegalBasisText | null | undefined) => string {
  const { i18n } = useTranslation();
  return (basis) => (i18n.language === 'en' ? (basis?.legalBasis ?? '') : (basis?.legalBasisVi ?? basis?.legalBasis ?? ''));
}
