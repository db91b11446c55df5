/**
 * The Content-Security-Policy of every console response. The console is a bundle of files served from this origin
 * (Vite emits no inline script or style), so nothing else is allowed: no other origin, no inline code, no `eval`,
 * no plugins, no `<base>`, and no framing (clickjacking of a page that deletes users).
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** How long a browser keeps an asset whose name carries its content hash (Vite's `assets/`): a year, unchanged. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** `index.html` and unhashed files: kept, but checked again (`ETag`) on every use, so a new build shows at once. */
export const REVALIDATE_CACHE = 'no-cache';

/** The headers every console response carries, besides its content type and caching. */
export function consoleSecurityHeaders(): Record<string, string> {
  return {
    'content-security-policy': CONSOLE_CSP,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
