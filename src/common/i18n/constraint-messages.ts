import { LocalizedText } from './localized-text';

/**
 * Vietnamese and English texts of the class-validator constraints the DTOs use, by constraint name; `{field}` and
 * `{0}`… stand for the field and the constraint's arguments. An unlisted constraint falls back to its own
 * (English) message, and in Vietnamese to a generic text.
 */
export const CONSTRAINT_MESSAGES: Readonly<Record<string, LocalizedText>> = {
  whitelistValidation: { vi: 'Trường {field} không được phép', en: '{field} is not an allowed field' },
  isDefined: { vi: 'Thiếu trường {field}', en: '{field} is required' },
  isNotEmpty: { vi: '{field} không được để trống', en: '{field} must not be empty' },
  isString: { vi: '{field} phải là chuỗi ký tự', en: '{field} must be a string' },
  isBoolean: { vi: '{field} phải là true hoặc false', en: '{field} must be true or false' },
  isInt: { vi: '{field} phải là số nguyên', en: '{field} must be an integer' },
  isNumber: { vi: '{field} phải là số', en: '{field} must be a number' },
  isPositive: { vi: '{field} phải là số dương', en: '{field} must be positive' },
  min: { vi: '{field} phải từ {0} trở lên', en: '{field} must be at least {0}' },
  max: { vi: '{field} không được lớn hơn {0}', en: '{field} must be at most {0}' },
  isEnum: { vi: '{field} phải là một trong các giá trị: {values}', en: '{field} must be one of: {values}' },
  isIn: { vi: '{field} phải là một trong các giá trị: {0}', en: '{field} must be one of: {0}' },
  maxLength: { vi: '{field} dài tối đa {0} ký tự', en: '{field} must be at most {0} characters' },
  minLength: { vi: '{field} phải dài ít nhất {0} ký tự', en: '{field} must be at least {0} characters' },
  length: { vi: '{field} phải dài từ {0} đến {1} ký tự', en: '{field} must be {0} to {1} characters long' },
  isDateString: { vi: '{field} phải là ngày giờ theo ISO 8601', en: '{field} must be an ISO 8601 date-time' },
  isISO8601: { vi: '{field} phải là ngày giờ theo ISO 8601', en: '{field} must be an ISO 8601 date-time' },
  isUUID: { vi: '{field} phải là UUID', en: '{field} must be a UUID' },
  isObject: { vi: '{field} phải là một đối tượng', en: '{field} must be an object' },
  isArray: { vi: '{field} phải là một mảng', en: '{field} must be an array' },
  arrayMinSize: { vi: '{field} phải có ít nhất {0} phần tử', en: '{field} must have at least {0} items' },
  arrayMaxSize: { vi: '{field} có tối đa {0} phần tử', en: '{field} must have at most {0} items' },
  arrayUnique: { vi: '{field} không được có phần tử trùng nhau', en: '{field} must not repeat an item' },
  matches: { vi: '{field} không đúng định dạng', en: '{field} has the wrong format' },
  isEmail: { vi: '{field} phải là địa chỉ email', en: '{field} must be an email address' },
  nestedValidation: { vi: '{field} phải là một đối tượng hợp lệ', en: '{field} must be a valid object' },
};

export const FALLBACK_CONSTRAINT_MESSAGE: LocalizedText = { vi: '{field} không hợp lệ', en: '{field} is not valid' };
