/**
 * The query string as plain `name=value` pairs, as the API reads it (`/tasks?overdue=true&dueState=OVERDUE`): the
 * router's default would write JSON (`?overdue=%22true%22` for a string), which neither the API nor an older link
 * or bookmark speaks. Each route's `validateSearch` then turns these strings into typed values.
 */
export const plainSearch = {
  parse: (searchStr: string): Record<string, string> => Object.fromEntries(new URLSearchParams(searchStr)),
  stringify: (search: object): string => {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(search)) if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
    const query = params.toString();
    return query ? `?${query}` : '';
  },
};
