/** A bottom sheet over the phone screen, like WhatsApp's list picker. Only one is open at a time. */
import { button, el } from "./element.js";

export interface SheetOptions {
  title: string;
  /** `data-testid` of the sheet itself. */
  testid: string;
  content: HTMLElement;
}

export interface Sheet {
  close(): void;
}

let current: Sheet | undefined;
let opened = 0;

/** Shows the sheet in the element marked `data-sheet-host` (the phone screen). */
export function openSheet(options: SheetOptions): Sheet {
  current?.close();
  const host = document.querySelector<HTMLElement>("[data-sheet-host]") ?? document.body;
  const previousFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const titleId = `sheet-title-${++opened}`;
  const closeButton = button(
    "✕",
    { class: "sheet__close", "aria-label": "Close", "data-testid": "sheet-close" },
    () => sheet.close(),
  );
  const panel = el(
    "div",
    {
      class: "sheet",
      role: "dialog",
      "aria-modal": "true",
      "aria-labelledby": titleId,
      "data-testid": options.testid,
    },
    el("div", { class: "sheet__grip", "aria-hidden": "true" }),
    el("div", { class: "sheet__head" }, closeButton, el("h2", { id: titleId }, options.title)),
    el("div", { class: "sheet__body" }, options.content),
  );
  const backdrop = el("div", { class: "sheet-backdrop" }, panel);
  const onKey = (event: KeyboardEvent) => {
    if (event.key === "Escape") sheet.close();
  };
  const sheet: Sheet = {
    close() {
      if (!backdrop.isConnected) return;
      backdrop.remove();
      document.removeEventListener("keydown", onKey);
      if (current === sheet) current = undefined;
      previousFocus?.focus();
    },
  };
  backdrop.addEventListener("click", (event) => {
    if (event.target === backdrop) sheet.close();
  });
  document.addEventListener("keydown", onKey);
  host.append(backdrop);
  current = sheet;
  const first = options.content.querySelector<HTMLElement>("button, input, select, textarea, a[href]");
  (first ?? closeButton).focus();
  return sheet;
}
