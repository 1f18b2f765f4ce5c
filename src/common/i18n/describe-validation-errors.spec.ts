import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsIn, IsString, MaxLength, ValidateNested, validateSync } from 'class-validator';
import { describeValidationErrors } from './describe-validation-errors';

class Contact {
  @IsString() @MaxLength(5) phone: string;
}

class Body {
  @IsIn(['A', 'B']) channel: string;
  @ValidateNested() @Type(() => Contact) contact: Contact;
}

describe('describeValidationErrors', () => {
  const errors = validateSync(plainToInstance(Body, { channel: 'C', contact: { phone: '0123456789' } }));
  const problems = describeValidationErrors(errors);

  it('gives one problem per field and rule, with the nested path', () => {
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['channel', 'isIn'],
      ['contact.phone', 'maxLength'],
    ]);
  });

  it('fills the decorator’s arguments and the field’s label into the Vietnamese text and keeps class-validator’s English with the path', () => {
    expect(problems[0].message.vi).toBe('Kênh tiếp nhận phải là một trong các giá trị: A, B');
    expect(problems[1].message.vi).toBe('Số điện thoại dài tối đa 5 ký tự');
    expect(problems[1].message.en).toBe('contact.phone must be shorter than or equal to 5 characters');
  });

  it('falls back to a generic Vietnamese text for a rule it does not know', () => {
    const [unknown] = describeValidationErrors([{ property: 'x', constraints: { isSomethingNew: 'x is odd' }, children: [] }]);
    expect(unknown.message).toEqual({ vi: 'x không hợp lệ', en: 'x is odd' });
  });
});
