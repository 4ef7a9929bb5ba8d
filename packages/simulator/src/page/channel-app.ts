/**
 * The Messenger / Instagram / LINE phone: choose the account and the person, chat with taps, quick replies,
 * Get Started and ice breakers, open m.me / ig.me / line.me links, comment on posts, follow and block.
 */
import {
  act,
  type ChannelAccount,
  type ChannelAction,
  type ChannelPerson,
  comment,
  createPerson,
  createPost,
  listAccounts,
  listPeople,
  listPosts,
  loadChannelChat,
  loadProfile,
  type Platform,
} from "./channel-api.js";
import type { ChannelElements } from "./channel-elements.js";
import { renderMenu, renderPosts, renderStarters } from "./channel-extras.js";
import { findLinkedAccount, parseChannelLink } from "./channel-link.js";
import { ChannelView } from "./channel-view.js";
import { el } from "./element.js";
import { Notice } from "./notice.js";
import { renderLineItem } from "./render-line-item.js";
import { renderMetaItem } from "./render-meta-item.js";
import { replaceKeepingDrafts } from "./comment-drafts.js";

const POLL_MS = 1000;
const NAMES: Record<Platform, string> = { messenger: "Messenger", instagram: "Instagram", line: "LINE" };

export class ChannelApp {
  private platform: Platform = "messenger";
  private accounts: ChannelAccount[] = [];
  private people: ChannelPerson[] = [];
  private account: ChannelAccount | undefined;
  private person: ChannelPerson | undefined;
  private profile: Record<string, unknown> = {};
  /** The m.me / ig.me `ref` to send with Get Started on a new thread. */
  private pendingRef: string | undefined;
  private readonly view: ChannelView;
  private readonly notice: Notice;
  private polls = 0;
  /** The posts last drawn by `refreshPosts`, to redraw only on a change. */
  private postsKey = "";
  private sending: Promise<void> = Promise.resolve();

  constructor(private readonly page: ChannelElements) {
    this.notice = new Notice(page.notice);
    const ctx = {
      act: (action: ChannelAction) => this.act(action),
      notify: (message: string) => this.notice.show(message),
    };
    this.view = new ChannelView(page.chat, page.quickReplies, (item) =>
      this.platform === "line" ? renderLineItem(item, ctx) : renderMetaItem(item, ctx),
    );
    this.bind();
    window.setInterval(() => this.poll(), POLL_MS);
  }

  /** Shows the phone for `platform` (the panel is visible only for Messenger, Instagram and LINE). */
  async show(platform: Platform): Promise<void> {
    this.platform = platform;
    this.page.panel.dataset.platform = platform;
    this.page.lineGroup.hidden = platform !== "line";
    this.page.postsGroup.hidden = platform === "line";
    this.page.storyMention.hidden = platform !== "instagram";
    this.page.markRead.hidden = platform === "line";
    this.account = undefined;
    this.person = undefined;
    await this.reloadAccounts();
  }

  private bind(): void {
    const p = this.page;
    p.accountSelect.addEventListener("change", () => void this.chooseAccount(p.accountSelect.value));
    p.personSelect.addEventListener("change", () => this.choosePerson(p.personSelect.value));
    p.newPersonForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.addPerson(p.newPersonName.value.trim());
    });
    p.linkForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.openLink(p.linkInput.value);
    });
    p.follow.addEventListener("click", () => this.act({ type: "follow" }));
    p.unfollow.addEventListener("click", () => this.act({ type: "unfollow" }));
    p.storyMention.addEventListener("click", () => this.act({ type: "story_mention" }));
    p.markRead.addEventListener("click", () => void this.markRead());
    p.newPost.addEventListener("click", () => void this.newPost());
    p.menuButton.addEventListener("click", () => {
      p.menu.hidden = !p.menu.hidden;
    });
    p.composer.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = p.composerInput.value.trim();
      if (value === "") return;
      p.composerInput.value = "";
      this.act({ type: "text", text: value });
    });
    p.composerInput.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        p.composer.requestSubmit();
      }
    });
  }

  private async reloadAccounts(): Promise<void> {
    try {
      this.accounts = await listAccounts(this.platform);
    } catch (error) {
      this.notice.show(`The simulator does not answer: ${describe(error)}`);
      this.accounts = [];
    }
    const options = this.accounts.map((account) =>
      el("option", { value: account.id }, `${account.name} · ${account.handle || account.id}`),
    );
    if (options.length === 0)
      options.push(el("option", { value: "" }, `No ${NAMES[this.platform]} account yet`));
    this.page.accountSelect.replaceChildren(...options);
    await this.chooseAccount(this.accounts[0]?.id ?? "");
  }

  private async chooseAccount(id: string): Promise<void> {
    this.account = this.accounts.find((account) => account.id === id);
    this.page.accountSelect.value = this.account?.id ?? "";
    this.page.title.textContent = this.account?.name ?? `${NAMES[this.platform]} simulator`;
    this.page.avatar.textContent = (this.account?.name ?? "?").slice(0, 1).toUpperCase();
    this.page.subtitle.textContent = this.account === undefined ? "" : NAMES[this.platform];
    this.people = this.account === undefined ? [] : await listPeople(this.account).catch(() => []);
    this.profile = this.account === undefined ? {} : await loadProfile(this.account).catch(() => ({}));
    this.fillPeople(this.people[0]?.id ?? "");
    this.choosePerson(this.page.personSelect.value);
    await this.reloadPosts();
  }

  private fillPeople(selected: string): void {
    this.page.personSelect.replaceChildren(
      el(
        "option",
        { value: "" },
        this.people.length === 0 ? "No person yet — create one" : "Choose a person…",
      ),
      ...this.people.map((person) => el("option", { value: person.id }, person.name)),
    );
    this.page.personSelect.value = this.people.some((person) => person.id === selected) ? selected : "";
  }

  private choosePerson(id: string): void {
    this.person = this.people.find((person) => person.id === id);
    this.pendingRef = undefined;
    const ready = this.account !== undefined && this.person !== undefined;
    this.page.composerInput.disabled = !ready;
    this.page.composerSend.disabled = !ready;
    this.renderMenu();
    if (this.account === undefined) {
      this.view.reset(
        `No ${NAMES[this.platform]} account yet. Connect one in Switchboard, or add one with the control API.`,
      );
    } else if (this.person === undefined) {
      this.view.reset("Choose or create a person to chat with this account.");
    } else {
      this.view.reset(
        `Messages you send here reach ${this.account.name} as signed ${NAMES[this.platform]} webhooks.`,
      );
      this.refresh(true);
    }
    this.renderStarters();
  }

  private async addPerson(name: string): Promise<void> {
    if (this.account === undefined || name === "") return;
    try {
      const person = await createPerson(this.account, name);
      this.people = await listPeople(this.account);
      this.fillPeople(person.id);
      this.page.newPersonForm.reset();
      this.choosePerson(person.id);
    } catch (error) {
      this.notice.show(`Could not create the person: ${describe(error)}`);
    }
  }

  /** Sends as the person, in order. */
  private act(action: ChannelAction): void {
    const account = this.account;
    const person = this.person;
    if (account === undefined || person === undefined) {
      this.notice.show("Choose an account and a person first.");
      return;
    }
    this.sending = this.sending.then(async () => {
      try {
        const failure = await act(account, person.id, action);
        if (failure !== undefined)
          this.notice.show(`Delivered to the simulator, but the business's webhook answered: ${failure}`);
      } catch (error) {
        this.notice.show(`Not sent: ${describe(error)}`);
      }
      this.pendingRef = undefined;
      this.refresh(false);
    });
  }

  private poll(): void {
    if (this.page.panel.hidden) return;
    this.polls += 1;
    this.refresh(this.polls % 5 === 0);
    if (this.polls % 2 === 0) void this.refreshPosts();
  }

  /** Picks up the account's replies under the comments, which arrive a moment after the comment. */
  private async refreshPosts(): Promise<void> {
    const account = this.account;
    if (account === undefined || this.platform === "line" || this.page.postsGroup.hidden) return;
    const posts = await listPosts(account).catch(() => undefined);
    const key = JSON.stringify(posts);
    if (posts === undefined || this.account !== account || key === this.postsKey) return;
    this.postsKey = key;
    const rendered = renderPosts(posts, (postId, value) => void this.comment(postId, value));
    replaceKeepingDrafts(this.page.posts, rendered);
  }

  private refresh(full: boolean): void {
    const account = this.account;
    const person = this.person;
    if (account === undefined || person === undefined) return;
    loadChannelChat(account, person.id, full ? 0 : this.view.lastSeq)
      .then((items) => {
        if (this.account !== account || this.person !== person) return;
        this.view.apply(items);
        this.renderStarters();
      })
      .catch(() => undefined);
  }

  private renderStarters(): void {
    const show =
      this.account !== undefined &&
      this.person !== undefined &&
      this.view.isEmpty &&
      this.platform !== "line";
    this.page.starters.replaceChildren(
      ...(show
        ? renderStarters(this.profile, this.pendingRef, (action) => this.act(action), this.person?.name)
        : []),
    );
  }

  private renderMenu(): void {
    const items = this.platform === "line" ? [] : renderMenu(this.profile, (action) => this.act(action));
    this.page.menu.replaceChildren(...items);
    this.page.menuButton.hidden = items.length === 0;
    this.page.menu.hidden = true;
  }

  private async reloadPosts(): Promise<void> {
    const account = this.account;
    if (account === undefined || this.platform === "line") {
      this.page.posts.replaceChildren();
      return;
    }
    const posts = await listPosts(account).catch(() => []);
    this.page.posts.replaceChildren(
      ...renderPosts(posts, (postId, value) => void this.comment(postId, value)),
    );
  }

  private async newPost(): Promise<void> {
    if (this.account === undefined) return;
    await createPost(this.account, "New arrivals this week").catch((error: unknown) =>
      this.notice.show(describe(error)),
    );
    await this.reloadPosts();
  }

  private async comment(postId: string, value: string): Promise<void> {
    if (this.account === undefined || this.person === undefined) {
      this.notice.show("Choose a person first.");
      return;
    }
    await comment(this.account, this.person.id, postId, value).catch((error: unknown) =>
      this.notice.show(describe(error)),
    );
    await this.reloadPosts();
  }

  private async markRead(): Promise<void> {
    if (this.account === undefined || this.person === undefined) return;
    const path = `_sim/api/meta/chats/${encodeURIComponent(this.account.id)}/${encodeURIComponent(this.person.id)}/read`;
    await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(
      () => undefined,
    );
    this.refresh(true);
  }

  /** Like tapping an m.me / ig.me / line.me link: opens the chat; a ref goes with Get Started or as a referral. */
  private async openLink(value: string): Promise<void> {
    const link = parseChannelLink(value);
    if (link === undefined) {
      this.notice.show("That is not an m.me, ig.me or line.me link.");
      return;
    }
    if (link.platform !== this.platform) await this.show(link.platform);
    const account = findLinkedAccount(link, this.accounts);
    if (account === undefined) {
      this.notice.show(`No ${NAMES[link.platform]} account “${link.target}” in the simulator.`);
      return;
    }
    if (account.id !== this.account?.id) await this.chooseAccount(account.id);
    if (this.person === undefined) {
      this.notice.show("Choose or create a person, then open the link again.");
      return;
    }
    if (link.platform === "line") this.act({ type: "follow" });
    else if (this.view.isEmpty && link.platform === "messenger") {
      this.pendingRef = link.ref;
      this.renderStarters();
      this.notice.show("Tap Get Started to open the conversation.");
    } else if (link.ref !== "") this.act({ type: "referral", ref: link.ref });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
