/**
 * Enhancement: citation markers and glossary terms open in place, by tap, click or Enter.
 *
 * Without JavaScript a marker is a link to its note (and the note links back), a term a link to its
 * glossary entry, and CSS shows a short preview on hover and keyboard focus. With it, activating a
 * marker opens one shared panel with the note itself (reference, kind of evidence, PubMed/DOI links)
 * and a link to the note, and a term shows its definition with a link to the glossary entry; the
 * page does not scroll.
 *
 * The browser does the rest, which keeps this small: the panel is a popover (`popover="auto"`), so
 * Escape and a tap or click outside close it and focus returns to the marker; `source` makes the
 * marker its anchor, so CSS places it under the marker and flips it where there is no room, or makes
 * it a sheet at the bottom of a phone's screen (PreviewPanel.astro). Escape also hides the CSS
 * hover/focus previews (WCAG 1.4.13, content on hover or focus).
 */
const panel = document.querySelector<HTMLTemplateElement>('#preview-template')?.content.firstElementChild as
  HTMLElement | null | undefined;

/** A link with a visible label, built without HTML strings. */
function anchor(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

if (panel) {
  document.body.append(panel);
  document.addEventListener('click', (event) => {
    if (event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.cite-link, a.glossary-link');
    if (!link) return;
    const cite = link.matches('.cite-link');
    const note = cite && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (cite && !note) return;
    event.preventDefault();
    const name = link.textContent!;
    let content: Node[];
    if (note) {
      const copy = note.cloneNode(true) as HTMLElement;
      copy.querySelector('.ref-back')?.remove();
      content = [...copy.childNodes, anchor(link.hash, `Go to note ${name} in the References`)];
      panel.setAttribute('aria-label', `Reference ${name}`);
    } else {
      const text = document.createElement('p');
      text.textContent = link.nextElementSibling?.textContent ?? '';
      content = [text, anchor(link.href, `Glossary entry for ${name}`)];
      panel.setAttribute('aria-label', `Definition: ${name}`);
    }
    panel.hidePopover();
    panel.querySelector('[data-preview-body]')!.replaceChildren(...content);
    (panel.showPopover as (options: object) => void)({ source: link });
    panel.focus({ preventScroll: true });
  });
}

addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  for (const tip of document.querySelectorAll<HTMLElement>(
    ':is(.cite, .glossary-term):is(:hover, :focus-within)',
  )) {
    tip.dataset.dismissed = '';
    const show = () => delete tip.dataset.dismissed;
    tip.addEventListener('mouseleave', show, { once: true });
    tip.addEventListener('focusout', show, { once: true });
  }
});

// A module, so that its names stay out of the global scope (window.status and the like).
export {};
