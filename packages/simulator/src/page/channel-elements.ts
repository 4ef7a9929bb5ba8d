/** The parts of index.html the Messenger / Instagram / LINE phone drives, found by their `data-testid`. */

export interface ChannelElements {
  panel: HTMLElement;
  accountSelect: HTMLSelectElement;
  personSelect: HTMLSelectElement;
  newPersonForm: HTMLFormElement;
  newPersonName: HTMLInputElement;
  linkForm: HTMLFormElement;
  linkInput: HTMLInputElement;
  lineGroup: HTMLElement;
  follow: HTMLButtonElement;
  unfollow: HTMLButtonElement;
  postsGroup: HTMLElement;
  newPost: HTMLButtonElement;
  posts: HTMLElement;
  storyMention: HTMLButtonElement;
  markRead: HTMLButtonElement;
  title: HTMLElement;
  subtitle: HTMLElement;
  avatar: HTMLElement;
  notice: HTMLElement;
  chat: HTMLElement;
  starters: HTMLElement;
  quickReplies: HTMLElement;
  menuButton: HTMLButtonElement;
  menu: HTMLElement;
  composer: HTMLFormElement;
  composerInput: HTMLTextAreaElement;
  composerSend: HTMLButtonElement;
}

export function findChannelElements(): ChannelElements {
  return {
    panel: byTestId("channel-panel", HTMLElement),
    accountSelect: byTestId("ch-account-select", HTMLSelectElement),
    personSelect: byTestId("ch-person-select", HTMLSelectElement),
    newPersonForm: byTestId("ch-new-person-form", HTMLFormElement),
    newPersonName: byTestId("ch-new-person-name", HTMLInputElement),
    linkForm: byTestId("ch-link-form", HTMLFormElement),
    linkInput: byTestId("ch-link-input", HTMLInputElement),
    lineGroup: byTestId("ch-line-group", HTMLElement),
    follow: byTestId("ch-follow", HTMLButtonElement),
    unfollow: byTestId("ch-unfollow", HTMLButtonElement),
    postsGroup: byTestId("ch-posts-group", HTMLElement),
    newPost: byTestId("ch-new-post", HTMLButtonElement),
    posts: byTestId("ch-posts", HTMLElement),
    storyMention: byTestId("ch-story-mention", HTMLButtonElement),
    markRead: byTestId("ch-mark-read", HTMLButtonElement),
    title: byTestId("ch-title", HTMLElement),
    subtitle: byTestId("ch-subtitle", HTMLElement),
    avatar: byTestId("ch-avatar", HTMLElement),
    notice: byTestId("ch-notice", HTMLElement),
    chat: byTestId("ch-chat", HTMLElement),
    starters: byTestId("ch-starters", HTMLElement),
    quickReplies: byTestId("ch-quick-replies", HTMLElement),
    menuButton: byTestId("ch-menu-open", HTMLButtonElement),
    menu: byTestId("ch-menu", HTMLElement),
    composer: byTestId("ch-composer", HTMLFormElement),
    composerInput: byTestId("ch-composer-input", HTMLTextAreaElement),
    composerSend: byTestId("ch-composer-send", HTMLButtonElement),
  };
}

function byTestId<T extends HTMLElement>(testid: string, type: { new (): T; prototype: T }): T {
  const element = document.querySelector(`[data-testid="${testid}"]`);
  if (!(element instanceof type))
    throw new Error(`index.html lacks a ${type.name} with data-testid="${testid}"`);
  return element;
}
