/**
 * Enhancement: loads the page's print stylesheet (the address, review date and disclaimer in the
 * margins of every sheet, src/lib/printMargins.ts) after the page has loaded. BaseLayout writes its
 * <link> disabled so that nothing but the page itself is fetched before the first paint (issue 16);
 * a disabled stylesheet is fetched when it is enabled. `beforeprint` covers printing before the load
 * event. Without JavaScript the layout's <noscript> copy of the link loads it instead.
 */
const sheet = document.querySelector<HTMLLinkElement>('link[data-print-sheet]');

if (sheet) {
  const enable = () => {
    sheet.disabled = false;
  };
  if (document.readyState === 'complete') enable();
  else addEventListener('load', enable, { once: true });
  addEventListener('beforeprint', enable, { once: true });
}
