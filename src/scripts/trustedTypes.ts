/**
 * The one Trusted Types policy of the site. public/_headers sends require-trusted-types-for
 * 'script', so the browser refuses strings passed to HTML and script-URL sinks (innerHTML,
 * new Worker(url), ...). Our scripts build DOM nodes and never need one; Pagefind's search starts
 * its Worker from a URL string. As the "default" policy, this one is asked for every such string, and
 * it lets through only script URLs of our own /pagefind/ folder: HTML strings still throw.
 */
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL: (url: string) => string }): unknown;
}

/** Creates the policy once, where the browser supports Trusted Types (Chromium); elsewhere nothing to do. */
export function installTrustedTypesPolicy(): void {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory || (window as unknown as { __ttPolicy?: boolean }).__ttPolicy) return;
  factory.createPolicy('default', {
    createScriptURL(url) {
      const parsed = new URL(url, location.href);
      if (parsed.origin === location.origin && parsed.pathname.startsWith('/pagefind/')) return parsed.href;
      throw new TypeError(`Trusted Types: script URL ${url} is not one of /pagefind/`);
    },
  });
  (window as unknown as { __ttPolicy?: boolean }).__ttPolicy = true;
}
