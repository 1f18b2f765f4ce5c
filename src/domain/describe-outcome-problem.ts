import { BilingualText, OutcomeFieldTexts } from './outcome-texts';
import { OutcomeProblem } from './validate-outcome';

const bothWays = (vi: string, en: string): BilingualText => ({ vi, en });

/**
 * An outcome problem as a person reads it, naming the field by its label and a choice by its label
 * ("Lý do: bắt buộc phải nhập", "Decision: choose one of Resume the resolution, Keep suspended").
 */
export function describeOutcomeProblem(problem: OutcomeProblem, texts: Readonly<Record<string, OutcomeFieldTexts>> = {}): BilingualText {
  if (problem.rule === 'notAnObject') return bothWays('Kết quả phải là một biểu mẫu đã điền', 'The outcome must be a filled-in form');
  const field = texts[problem.field];
  const label = field?.label ?? bothWays(problem.field, problem.field);
  const say = (vi: string, en: string) => bothWays(`${label.vi}: ${vi}`, `${label.en}: ${en}`);
  switch (problem.rule) {
    case 'unknownField':
      return say('không phải là trường của bước này', 'not a field of this step');
    case 'required':
      return say('bắt buộc phải nhập', 'required');
    case 'notOneOf': {
      const choices = problem.allowed.map((code) => field?.choices?.[code] ?? bothWays(code, code));
      return say(`chọn một trong: ${choices.map((c) => c.vi).join('; ')}`, `choose one of: ${choices.map((c) => c.en).join('; ')}`);
    }
    case 'notText':
      return say('phải nhập nội dung', 'must not be empty');
    case 'tooLong':
      return say(`dài tối đa ${problem.limit} ký tự`, `at most ${problem.limit} characters`);
    case 'notBoolean':
      return say('chọn Có hoặc Không', 'choose yes or no');
    case 'notDateTime':
      return say('phải là ngày giờ (dd/MM/yyyy HH:mm)', 'must be a date and time');
    case 'notInteger':
      return say('phải là số nguyên', 'must be a whole number');
    case 'tooSmall':
      return say(`phải từ ${problem.limit} trở lên`, `must be at least ${problem.limit}`);
    case 'tooLarge':
      return say(`không được lớn hơn ${problem.limit}`, `must be at most ${problem.limit}`);
  }
}
