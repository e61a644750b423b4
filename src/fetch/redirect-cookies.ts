/**
 * Cookies for one redirect chain. Many news sites answer a first visit with a redirect that sets a
 * cookie (consent, bot or session checks) and then redirect back to the article, serving it only
 * when the cookie comes back. A browser passes that; a fetcher without cookies loops. So cookies
 * set along a chain are sent on its later hops, and dropped when the fetch ends: nothing is shared
 * between pages, so one page never changes what another sees.
 *
 * tough-cookie does the RFC 6265 matching (domain, path, Secure, expiry, public suffixes). It is
 * loaded on the first Set-Cookie only, so runs that never meet one pay nothing for it.
 */
import type { CookieJar } from 'tough-cookie';

export interface RedirectCookies {
  /** Store the Set-Cookie headers of a response from `url`; malformed or foreign cookies are skipped. */
  remember(setCookie: readonly string[], url: URL): Promise<void>;
  /** The Cookie header to send to `url`, or undefined when there is none. */
  header(url: URL): string | undefined;
}

export function createRedirectCookies(): RedirectCookies {
  let jar: CookieJar | null = null;
  return {
    async remember(setCookie, url) {
      if (setCookie.length === 0) return;
      if (!jar) {
        const { CookieJar } = await import('tough-cookie');
        jar = new CookieJar();
      }
      for (const line of setCookie) {
        // A cookie the jar refuses (public-suffix domain, another site's domain) is just not kept.
        try {
          jar.setCookieSync(line, url.href, { ignoreError: true });
        } catch {}
      }
    },
    header(url) {
      const value = jar?.getCookieStringSync(url.href);
      return value ? value : undefined;
    },
  };
}
