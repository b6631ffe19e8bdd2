/**
 * The Content-Security-Policy of every page, sent as a `<meta http-equiv>` tag because a static host
 * may not let us set headers. Pages load only their own external CSS and scripts: no inline script,
 * style or event handler is allowed. `'wasm-unsafe-eval'` lets the search (Pagefind) compile its
 * WebAssembly, and `connect-src 'self'` lets it fetch its index; nothing else is loosened.
 * (`frame-ancestors` is ignored in a meta tag, so it is not listed.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
