/**
 * What surrounds a Messenger / Instagram chat: Get Started and ice breakers on an empty thread, the
 * persistent menu, and the account's posts with a comment box per post.
 */
import { type ChannelAction, type ChannelPost } from "./channel-api.js";
import { button, el } from "./element.js";
import { fields, items, text } from "./payload-fields.js";

/** The greeting (Messenger's welcome screen text, default locale) with the person's first name filled in. */
function renderGreeting(profile: Record<string, unknown>, personName: string): HTMLElement[] {
  const greetings = items(profile.greeting).map(fields);
  const greeting = text((greetings.find((entry) => entry.locale === "default") ?? greetings[0])?.text);
  if (greeting === undefined) return [];
  const [first = "", ...rest] = personName.split(" ");
  const filled = greeting
    .replaceAll("{{user_first_name}}", first)
    .replaceAll("{{user_last_name}}", rest.join(" "))
    .replaceAll("{{user_full_name}}", personName);
  return [el("p", { class: "ch-greeting", "data-testid": "ch-greeting" }, filled)];
}

/** The greeting, Get Started (Messenger) and ice breaker questions, shown while the thread is empty. */
export function renderStarters(
  profile: Record<string, unknown>,
  ref: string | undefined,
  act: (action: ChannelAction) => void,
  personName = "",
): HTMLElement[] {
  const out: HTMLElement[] = renderGreeting(profile, personName);
  if (fields(profile.get_started).payload !== undefined) {
    out.push(
      button("Get Started", { class: "ch-start", "data-testid": "ch-get-started" }, () =>
        act({ type: "get_started", ...(ref === undefined || ref === "" ? {} : { ref }) }),
      ),
    );
  }
  const breakers = items(profile.ice_breakers).map(fields);
  const local = breakers.find((entry) => entry.locale === "default") ?? breakers[0];
  for (const question of items(local?.call_to_actions).map(fields)) {
    const title = text(question.question) ?? "";
    out.push(
      button(title, { class: "ch-start ch-start--question", "data-testid": "ch-ice-breaker" }, () =>
        act({ type: "postback", title, payload: text(question.payload) ?? "" }),
      ),
    );
  }
  return out;
}

/** The persistent menu's items (default locale) as buttons. */
export function renderMenu(
  profile: Record<string, unknown>,
  act: (action: ChannelAction) => void,
): HTMLElement[] {
  const menus = items(profile.persistent_menu).map(fields);
  const menu = menus.find((entry) => entry.locale === "default") ?? menus[0];
  return items(menu?.call_to_actions)
    .map(fields)
    .map((entry) => {
      const title = text(entry.title) ?? "";
      if (entry.type === "web_url") {
        const url = text(entry.url) ?? "";
        return el(
          "a",
          {
            class: "ch-menu-item",
            "data-testid": "ch-menu-item",
            href: url,
            target: "_blank",
            rel: "noopener noreferrer",
          },
          `${title} ↗`,
        );
      }
      return button(title, { class: "ch-menu-item", "data-testid": "ch-menu-item" }, () =>
        act({ type: "postback", title, payload: text(entry.payload) ?? "" }),
      );
    });
}

/** Each post with its comments and a box to comment as the selected person. */
export function renderPosts(
  posts: readonly ChannelPost[],
  onComment: (postId: string, value: string) => void,
): HTMLElement[] {
  if (posts.length === 0) return [el("p", { class: "muted" }, "No post yet.")];
  return posts.map((post) => {
    const input = el("input", {
      type: "text",
      placeholder: "Write a comment…",
      "data-testid": "ch-comment-input",
      autocomplete: "off",
    });
    const form = el(
      "form",
      { class: "ch-comment-form" },
      input,
      el(
        "button",
        { type: "submit", class: "secondary-button", "data-testid": "ch-comment-send" },
        "Comment",
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const value = input.value.trim();
      if (value === "") return;
      input.value = "";
      onComment(post.id, value);
    });
    return el(
      "div",
      { class: "ch-post", "data-testid": "ch-post", "data-post-id": post.id },
      el("div", { class: "ch-post__message" }, post.message === "" ? "(photo post)" : post.message),
      el(
        "ul",
        { class: "ch-post__comments" },
        ...post.comments.map((comment) =>
          el(
            "li",
            { "data-testid": "ch-comment", class: comment.mine ? "is-page" : "" },
            comment.mine ? `Page: ${comment.text}` : comment.text,
          ),
        ),
      ),
      form,
    );
  });
}
