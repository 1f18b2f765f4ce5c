import type { Locator, Page } from 'playwright-core';
import { OUTCOME_TEXTS } from '../../../src/domain/outcome-text-catalogue';
import { STEP_DEFINITIONS } from '../../../src/domain/step-definitions';

/** dd/MM/yyyy HH:mm of an instant in the province (UTC+7), as a person types it. */
export const typedProvinceTime = (at: number): string => {
  const iso = new Date(at + 7 * 3600_000).toISOString();
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
};

/** Opens a Mantine select and picks the option with this exact name (reopening once if the list moved away). */
export async function pickOption(page: Page, field: Locator, option: string, typed?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await field.click();
    if (typed !== undefined) await field.fill(typed);
    try {
      await page.getByRole('option', { name: option, exact: true }).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Fills a generated outcome form as a person does, from the step's Vietnamese texts: choices by their labels, yes/no
 * radios, date-times typed dd/MM/yyyy HH:mm, agencies and communes picked by name (`agencyName` gives it for a code).
 */
export async function fillOutcomeForm(
  page: Page,
  form: Locator,
  idPrefix: string,
  stepType: string,
  outcome: Record<string, unknown>,
  agencyName: (code: string) => string,
): Promise<void> {
  for (const [name, spec] of Object.entries(STEP_DEFINITIONS[stepType].outcome)) {
    const value = outcome[name];
    if (value === undefined || value === null) continue;
    const texts = OUTCOME_TEXTS[stepType][name];
    const field = form.locator(`#${idPrefix}-${name}`);
    const f = spec.field;
    if (f.type === 'enum') await pickOption(page, field, texts.choices![String(value)].vi);
    else if (f.type === 'boolean')
      await form
        .getByRole('radiogroup', { name: texts.label.vi })
        .getByRole('radio', { name: value ? 'Có' : 'Không', exact: true })
        .check();
    else if (f.type === 'datetime') {
      await field.fill(typedProvinceTime(Date.parse(String(value))));
      await field.press('Escape');
    } else if (f.type === 'string' && f.format) {
      const agency = agencyName(String(value));
      await pickOption(page, field, agency, agency.replace(/^(UBND )?(xã|phường) /i, ''));
    } else await field.fill(String(value));
  }
}
