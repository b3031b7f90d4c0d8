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

export function readSessionCookie(c: Context, portalOrigin: string): string | undefined {
  return getCookie(c, cookieSpec(portalOrigin).name);
}

export function writeSessionCookie(c: Context, portalOrigin: string, value: string, maxAgeSeconds: number): void {
  const { name, secure } = cookieSpec(portalOrigin);
  setCookie(c, name, value, { httpOnly: true, secure, sameSite: 'Lax', path: '/', maxAge: maxAgeSeconds });
}

export function clearSessionCookie(c: Context, portalOrigin: string): void {
  const { name, secure } = cookieSpec(portalOrigin);
  deleteCookie(c, name, { path: '/', secure, httpOnly: true, sameSite: 'Lax' });
}
