/** The green bar over the chat: the business's initial, name and number, or "typing…" while it types. */
import type { Business } from "./api.js";
import type { PageElements } from "./page-elements.js";

/** WhatsApp hides the typing indicator after 25 s or when the message arrives. */
const TYPING_MS = 25_000;

export class ChatHeader {
  private business: Business | undefined;
  private typingTimer: number | undefined;

  constructor(private readonly page: Pick<PageElements, "avatar" | "chatTitle" | "chatSubtitle">) {}

  show(business: Business | undefined): void {
    this.business = business;
    this.stopTyping();
  }

  startTyping(): void {
    this.render(true);
    window.clearTimeout(this.typingTimer);
    this.typingTimer = window.setTimeout(() => this.render(false), TYPING_MS);
  }

  stopTyping(): void {
    window.clearTimeout(this.typingTimer);
    this.render(false);
  }

  private render(typing: boolean): void {
    const name = this.business?.name ?? "Phone simulator";
    this.page.chatTitle.textContent = name;
    this.page.avatar.textContent = name.slice(0, 1).toUpperCase();
    this.page.chatSubtitle.textContent = typing ? "typing…" : (this.business?.displayPhoneNumber ?? "");
    this.page.chatSubtitle.classList.toggle("is-typing", typing);
  }
}
