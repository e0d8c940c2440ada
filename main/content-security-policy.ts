/**
 * The page's Content-Security-Policy, sent as a header by the app protocol as well as the `<meta>` tag in
 * renderer/index.html (a test keeps the two equal). The header applies before any byte of the page is parsed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'";
