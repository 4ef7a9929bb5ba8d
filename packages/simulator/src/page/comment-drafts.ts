/**
 * Redraws the posts without losing a comment being typed: the text and the focus of each post's comment
 * box survive the redraw (the business's replies appear under the comments while the person types).
 */
export function replaceKeepingDrafts(container: HTMLElement, children: HTMLElement[]): void {
  const drafts = new Map<string, string>();
  let focused: string | undefined;
  for (const post of container.querySelectorAll<HTMLElement>("[data-post-id]")) {
    const input = post.querySelector<HTMLInputElement>('[data-testid="ch-comment-input"]');
    const id = post.dataset.postId;
    if (input === null || id === undefined) continue;
    if (input.value !== "") drafts.set(id, input.value);
    if (document.activeElement === input) focused = id;
  }
  container.replaceChildren(...children);
  for (const post of container.querySelectorAll<HTMLElement>("[data-post-id]")) {
    const input = post.querySelector<HTMLInputElement>('[data-testid="ch-comment-input"]');
    const id = post.dataset.postId;
    if (input === null || id === undefined) continue;
    input.value = drafts.get(id) ?? "";
    if (focused === id) input.focus();
  }
}
