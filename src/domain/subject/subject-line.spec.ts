import { subjectLine } from './subject-line';

describe('subjectLine', () => {
  it('keeps a short summary whole, on one line', () => {
    expect(subjectLine('Hai phụ nữ bị dụ\n sang  Campuchia')).toBe('Hai phụ nữ bị dụ sang Campuchia');
  });

  it('cuts a long summary at a word boundary with an ellipsis', () => {
    const line = subjectLine('một hai ba bốn năm sáu bảy tám chín mười', 20);
    expect(line).toBe('một hai ba bốn năm…');
    expect(line.length).toBeLessThanOrEqual(20);
  });

  it('cuts inside a word that has no space to break at', () => {
    expect(subjectLine('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
