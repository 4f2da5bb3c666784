// A modal <dialog> (showModal) makes the rest of the page inert and sits in the top layer, so
// a coach outside it could be neither seen nor used while, say, "Remove roles?" is open. The
// coach's elements therefore move into the topmost open modal dialog and back when it closes.
// Only the element itself moves: Svelte keeps direct references to it and its children.

function topModal(): HTMLDialogElement | null {
  const open = [...document.querySelectorAll<HTMLDialogElement>('dialog[open]')].filter((d) => {
    try {
      return d.matches(':modal');
    } catch {
      return true; // no :modal support (jsdom): an open dialog is taken as modal
    }
  });
  return open.at(-1) ?? null;
}

export function followModalDialogs(node: HTMLElement): () => void {
  const home = node.parentNode;
  const marker = document.createComment('coach');
  home?.insertBefore(marker, node);
  let active = true;
  const place = () => {
    if (!active) return;
    const modal = topModal();
    if (modal) {
      if (node.parentNode !== modal) modal.appendChild(node);
    } else if (node.parentNode !== marker.parentNode || !node.isConnected) {
      // Back home when the dialog closed, or when it was removed from the page with us inside.
      marker.parentNode?.insertBefore(node, marker.nextSibling);
    }
  };
  const observer = new MutationObserver(place);
  observer.observe(document.body, {
    subtree: true,
    attributes: true,
    attributeFilter: ['open'],
    childList: true,
  });
  place();
  // Svelte removes the element itself (wherever it is) when the component goes: only stop here.
  return () => {
    active = false;
    observer.disconnect();
    marker.remove();
  };
}
