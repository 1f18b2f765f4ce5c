/** `1.234` in Vietnamese, `1,234` in English. */
export const formatCount = (count: number, language: string): string => new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN').format(count);
