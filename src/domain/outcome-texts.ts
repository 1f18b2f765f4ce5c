/** A text in the two languages the system speaks (pure domain data; the API's LocalizedText has the same shape). */
export interface BilingualText {
  vi: string;
  en: string;
}

/** What a person reads about one outcome field: a short label, a help line, and a label for each choice. */
export interface OutcomeFieldTexts {
  label: BilingualText;
  help: BilingualText;
  choices?: Readonly<Record<string, BilingualText>>;
}

/** The texts of every outcome field of some steps: step type → field name → texts. */
export type StepOutcomeTexts = Readonly<Record<string, Readonly<Record<string, OutcomeFieldTexts>>>>;

type Pair = readonly [vi: string, en: string];

const bilingual = ([vi, en]: Pair): BilingualText => ({ vi, en });

/** Shorthand for the texts files: `fieldTexts(['Nhãn', 'Label'], ['Giải thích', 'Help'], { CODE: ['…', '…'] })`. */
export function fieldTexts(label: Pair, help: Pair, choices?: Readonly<Record<string, Pair>>): OutcomeFieldTexts {
  return {
    label: bilingual(label),
    help: bilingual(help),
    ...(choices ? { choices: Object.fromEntries(Object.entries(choices).map(([code, pair]) => [code, bilingual(pair)])) } : {}),
  };
}
