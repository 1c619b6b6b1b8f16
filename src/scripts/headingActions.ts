/**
 * Enhancement: a "Copy link" button after each h2/h3 link (or, on phones whose browser has the Web
 * Share API, a "Share" button that opens the system share sheet). The button is cloned from a
 * <template> in HeadingActions.astro (no HTML strings, so it works under Trusted Types) into the
 * empty `.heading-actions` slot that rehype-heading-links leaves and CSS already sizes: adding it
 * moves nothing. Without JavaScript, or where neither API exists, no button appears and the
 * heading's own link remains.
 */
const share = matchMedia('(pointer: coarse)').matches && 'share' in navigator;
const template = document.querySelector<HTMLTemplateElement>(
  share ? '#heading-share-template' : '#heading-copy-template',
);
const notice = document.createElement('p');

/** Says the result in a polite live region that is also shown briefly as a small notice. */
function announce(message: string) {
  notice.textContent = message;
  clearTimeout(Number(notice.dataset.timer));
  notice.dataset.timer = String(setTimeout(() => (notice.textContent = ''), 3000));
}

if (template && (share || navigator.clipboard)) {
  notice.className = 'copy-status';
  notice.setAttribute('role', 'status');
  document.body.append(notice);

  for (const slot of document.querySelectorAll('[data-heading-actions]')) {
    const heading = slot.closest('.heading-wrapper')?.querySelector('h2, h3');
    if (!heading?.id) continue;
    const title = heading.textContent!.trim();
    const button = (template.content.cloneNode(true) as DocumentFragment)
      .firstElementChild as HTMLButtonElement;
    button.querySelector('.visually-hidden')!.append(` ${title}`);
    button.addEventListener('click', async () => {
      // The address of this page without its query string, plus the heading's fragment.
      const url = `${location.origin}${location.pathname}#${heading.id}`;
      try {
        if (share) await navigator.share({ title: `${title} | ${document.title}`, url });
        else {
          await navigator.clipboard.writeText(url);
          announce('Link copied');
        }
      } catch (error) {
        // Closing the share sheet is not a failure worth a message.
        if ((error as Error).name !== 'AbortError') announce('Could not copy the link');
      }
    });
    slot.append(button);
  }
}

// A module, so that its names stay out of the global scope (window.status and the like).
export {};
