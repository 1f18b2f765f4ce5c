/** A text in both languages the API speaks. */
export interface LocalizedText {
  vi: string;
  en: string;
}
