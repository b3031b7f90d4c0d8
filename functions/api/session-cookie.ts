import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The session cookie: HttpOnly, SameSite=Lax, and Secure with the `__Host-` prefix whenever the
 * portal is served over HTTPS (a browser drops Secure cookies on http://localhost).
 */
function cookieSpec(portalOrigin: string) {
  const secure = portalOrigin.startsWith('https://');
  return { name: secure ? '__Host-bhr_session' : 'bhr_session', secure };
}

/**
 * A companion to the session cookie that pages can read (it holds no secret, only "1"): a page
 * that finds none asks nobody who is signed in, so an anonymous visitor's pages, whose data
 * CloudFront answers, never wake the API (ARCHITECTURE.md, "Public reads from the edge").
 */
export const signedInHintName = 'bhr_signed_in';

function writeSignedInHint(c: Context, secure: boolean, maxAgeSeconds?: number): void {
  setCookie(c, signedInHintName, '1', {
    secure,
    sameSite: 'Lax',
    path: '/',
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  });
}

/**
 * Gives a signed-in caller the hint when it lacks it (signed in before the hint existed), for as
 * long as the browser runs; clears it from a caller whose session is over, so its pages stop asking.
 */
export function keepSignedInHint(c: Context, portalOrigin: string, signedIn: boolean): void {
  const hinted = getCookie(c, signedInHintName) !== undefined;
  const { secure } = cookieSpec(portalOrigin);
  if (signedIn && !hinted) writeSignedInHint(c, secure);
  if (!signedIn && hinted) deleteCookie(c, signedInHintName, { path: '/', secure, sameSite: 'Lax' });
}

export function readSessionCookie(c: Context, portalOrigin: string): string | undefined {
  return getCookie(c, cookieSpec(portalOrigin).name);
}

export function writeSessionCookie(c: Context, portalOrigin: string, value: string, maxAgeSeconds: number): void {
  const { name, secure } = cookieSpec(portalOrigin);
  setCookie(c, name, value, { httpOnly: true, secure, sameSite: 'Lax', path: '/', maxAge: maxAgeSeconds });
  writeSignedInHint(c, secure, maxAgeSeconds);
}

export function clearSessionCookie(c: Context, portalOrigin: string): void {
  const { name, secure } = cookieSpec(portalOrigin);
  deleteCookie(c, name, { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
  deleteCookie(c, signedInHintName, { path: '/', secure, sameSite: 'Lax' });
}
