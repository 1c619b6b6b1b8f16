/**
 * Evidence explorer filters, faster with JavaScript: every filter is a link to a pre-built view
 * (so it works without JavaScript); on the full list, a click just hides the rows that do not
 * match and updates the address, instead of loading another page.
 */
export function enhanceFilters(nav: HTMLElement, table: HTMLTableElement, heading: HTMLElement) {
  const rows = [...table.tBodies[0]!.rows];
  const allHeading = heading.textContent ?? '';

  const apply = (href: string, label: string) => {
    const [, , kind, value] = href.split('/');
    let shown = 0;
    for (const row of rows) {
      // The path names the row attribute: /evidence/level/animal/ matches data-level="animal".
      const match = !kind || row.dataset[kind] === value;
      row.hidden = !match;
      if (match) shown++;
    }
    heading.textContent = kind ? `${label}: ${shown} claims` : allHeading;
    for (const link of nav.querySelectorAll('a')) {
      if (link.getAttribute('href') === href) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  };

  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const href = link.getAttribute('href')!;
    apply(href, link.textContent ?? '');
    history.pushState({ href }, '', href);
  });
  addEventListener('popstate', () => {
    const href = location.pathname;
    const link = nav.querySelector(`a[href="${href}"]`);
    apply(href, link?.textContent ?? '');
  });
}
