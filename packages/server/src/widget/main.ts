/**
 * The web chat widget: a floating button and a chat panel in a shadow root. It starts (or resumes) the
 * visitor's session, keeps the token in localStorage, shows the thread live over Server-Sent Events, sends
 * texts and taps, reports what the visitor saw, and offers "continue on WhatsApp / Messenger / LINE".
 */
import { WidgetClient } from "./client.js";
import { labelsFor, pickLanguage } from "./labels.js";
import { ThreadState } from "./thread-state.js";
import { renderContinueLinks, renderListSheet } from "./render-panel-parts.js";
import type { ContinueLink } from "./render-panel-parts.js";
import { renderItem } from "./render-message.js";
import type { RenderContext } from "./render-message.js";
import { widgetStyles } from "./styles.js";
import { h, toDom } from "./vnode.js";
import type { VisitorMessage } from "./widget-types.js";

export interface MountOptions {
  key: string;
  base: string;
  userId?: string;
  userSignature?: string;
  language?: string;
}

/** A speech bubble, drawn inline: emoji fonts are not everywhere. */
const chatIcon = h(
  "svg",
  { viewBox: "0 0 24 24", width: "26", height: "26", "aria-hidden": "true" },
  h("path", {
    fill: "currentColor",
    d: "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z",
  }),
);

const newId = () => `m${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;

export async function mount(options: MountOptions): Promise<void> {
  const language = pickLanguage(options.language, document.documentElement.lang, navigator.language);
  const labels = labelsFor(language);
  const client = new WidgetClient({ base: options.base, key: options.key });
  const storageKey = `switchboard-webchat:${options.key}`;
  const stored = localStorage.getItem(storageKey) ?? undefined;
  const session = await client.start({
    ...(stored === undefined ? {} : { visitorToken: stored }),
    ...(options.userId === undefined
      ? {}
      : { userId: options.userId, userSignature: options.userSignature ?? "" }),
  });
  localStorage.setItem(storageKey, session.visitorToken);

  const host = document.createElement("div");
  host.setAttribute("data-switchboard-webchat", options.key);
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = widgetStyles;
  root.appendChild(style);
  document.body.appendChild(host);

  const state = new ThreadState();
  let links: ContinueLink[] = session.continueOn.map((target) => ({ ...target }));
  let isOpen = false;
  let online = true;
  let sheet: ReturnType<typeof renderListSheet> | undefined;

  const send = (message: VisitorMessage, shown: string) => {
    const id = newId();
    state.addPending(id, shown);
    paint();
    client.send(id, message).catch(() => state.failPending(id));
  };
  const context: RenderContext = {
    labels,
    choose: (option, via) =>
      send({ kind: "choice", via, optionId: option.id, title: option.title }, option.title),
    openList: (message) => {
      sheet = renderListSheet(
        message,
        labels,
        (option) => context.choose(option, "list"),
        () => {
          sheet = undefined;
          paint();
        },
      );
      paint();
    },
    shareLocation: () =>
      navigator.geolocation.getCurrentPosition((position) => {
        const { latitude, longitude } = position.coords;
        send({ kind: "location", latitude, longitude }, `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`);
      }),
  };

  const panel = document.createElement("div");
  panel.className = "panel";
  panel.hidden = true;
  panel.setAttribute("data-testid", "wc-panel");
  const launcher = toDom(
    h(
      "button",
      { type: "button", class: "launcher", "aria-label": labels.open, "data-testid": "wc-launcher" },
      chatIcon,
    ),
    document,
  );
  launcher.addEventListener("click", () => {
    isOpen = !isOpen;
    panel.hidden = !isOpen;
    if (isOpen) {
      void fetchLinks();
      reportSeen();
    }
    paint();
  });
  root.append(launcher, panel);

  const input = document.createElement("input");
  input.placeholder = labels.placeholder;
  input.setAttribute("data-testid", "wc-input");
  input.setAttribute("aria-label", labels.placeholder);
  const composer = document.createElement("form");
  composer.className = "composer";
  composer.setAttribute("data-testid", "wc-composer");
  const sendButton = toDom(h("button", { type: "submit", "data-testid": "wc-send" }, labels.send), document);
  composer.append(input, sendButton);
  composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === "") return;
    input.value = "";
    send({ kind: "text", text }, text);
  });

  async function fetchLinks(): Promise<void> {
    links = await Promise.all(
      links.map(async (link) =>
        link.url !== undefined
          ? link
          : { ...link, url: await client.continueLink(link, language).catch(() => undefined) },
      ),
    );
    paint();
  }

  function reportSeen(): void {
    const status = isOpen ? "read" : "delivered";
    const ids = state.toReport(status);
    if (ids.length > 0) client.seen(status, ids).catch(() => undefined);
  }

  function paint(): void {
    const thread = h(
      "div",
      { class: "thread", "data-testid": "wc-thread" },
      ...state.items().map((item) => renderItem(item, context)),
      ...state
        .pending()
        .map((p) =>
          h(
            "div",
            { class: "message message--in message--pending", "data-testid": "wc-pending" },
            h("p", { class: "text" }, p.text),
          ),
        ),
    );
    const view = h(
      "div",
      {},
      h(
        "div",
        { class: "head" },
        h("strong", {}, session.name),
        h(
          "button",
          {
            type: "button",
            class: "icon",
            "aria-label": labels.close,
            onclick: () => launcher.dispatchEvent(new Event("click")),
          },
          "×",
        ),
      ),
      online ? undefined : h("div", { class: "status" }, labels.offline),
      thread,
      renderContinueLinks(links, labels),
    );
    const scroll = panel.querySelector(".thread");
    const atBottom = scroll === null || scroll.scrollHeight - scroll.scrollTop - scroll.clientHeight < 40;
    panel.replaceChildren(
      ...Array.from(toDom(view, document).childNodes),
      composer,
      ...(sheet ? [toDom(sheet, document)] : []),
    );
    const next = panel.querySelector(".thread");
    if (next !== null && atBottom) next.scrollTop = next.scrollHeight;
  }

  client.live(
    (item) => {
      state.upsert(item);
      reportSeen();
      paint();
    },
    () => {
      online = true;
      client.history().then(
        (items) => {
          for (const item of items) state.upsert(item);
          reportSeen();
          paint();
        },
        () => undefined,
      );
    },
    () => {
      online = false;
      paint();
    },
  );
  paint();
}
