import { requestHeadersForUi, responseHeadersFromUi } from './temporal-ui-headers';

describe('headers between the browser and the Temporal UI server', () => {
  it("keeps the API's session and hop-by-hop headers from the UI server, passes the UI's CSRF cookie", () => {
    const forwarded = requestHeadersForUi({
      host: 'localhost:3000',
      accept: 'application/json',
      authorization: 'Bearer abc',
      connection: 'keep-alive',
      cookie: 'at_session=token; _csrf=c1; at_refresh=r',
      'x-csrf-token': 'c1',
    });
    expect(forwarded).toEqual({ host: 'localhost:3000', accept: 'application/json', cookie: '_csrf=c1', 'x-csrf-token': 'c1' });
  });

  it('sends no cookie header when only the session cookie came', () => {
    expect(requestHeadersForUi({ cookie: 'at_session=token' }).cookie).toBeUndefined();
  });

  it("drops the UI's framing headers and scopes its cookies to /temporal-ui (once each)", () => {
    const line = '_csrf=a1; Path=/; Expires=Tue, 08 Dec 2026 21:27:08 GMT; SameSite=Strict';
    const answer = responseHeadersFromUi({
      'content-type': 'text/html',
      'x-frame-options': 'SAMEORIGIN',
      'x-xss-protection': '1; mode=block',
      'transfer-encoding': 'chunked',
      'set-cookie': [line, line],
    });
    expect(answer).toEqual({
      'content-type': 'text/html',
      'set-cookie': ['_csrf=a1; Path=/temporal-ui; Expires=Tue, 08 Dec 2026 21:27:08 GMT; SameSite=Strict'],
    });
  });
});
