/**
 * Enhancement: Escape hides an open glossary definition without moving the pointer or focus
 * (WCAG 2.2 success criterion 1.4.13, content on hover or focus). CSS shows the definitions on
 * hover and focus by itself (prose.css); this only adds the way to dismiss one. The definition can
 * show again once the pointer or focus has left the term.
 */
const terms = document.querySelectorAll<HTMLElement>('.glossary-term');

if (terms.length) {
  addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const term of terms) if (term.matches(':hover, :focus-within')) term.dataset.dismissed = '';
  });
  const reset = (event: Event) => delete (event.currentTarget as HTMLElement).dataset.dismissed;
  for (const term of terms) {
    term.addEventListener('mouseleave', reset);
    term.addEventListener('focusout', reset);
  }
}

// A module, so that its names stay out of the global scope (window.status and the like).
export {};
