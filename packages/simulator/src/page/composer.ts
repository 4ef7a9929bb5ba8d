/** The message box at the bottom: Enter sends, Shift+Enter adds a line; the pin shares a location, the clip a file. */
import type { PageElements } from "./page-elements.js";

const MAX_INPUT_HEIGHT = 120;

export interface ComposerHandlers {
  onText(text: string): void;
  onLocation(): void;
  /** A picked file; the typed text (if any) goes with it as its caption. */
  onFile(file: File, caption: string): void;
}

type ComposerElements = Pick<
  PageElements,
  "composer" | "composerInput" | "composerSend" | "composerLocation" | "composerAttach" | "composerFile"
>;

export class Composer {
  constructor(
    private readonly page: ComposerElements,
    handlers: ComposerHandlers,
  ) {
    const input = page.composerInput;
    page.composer.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (text === "") return;
      this.clear();
      handlers.onText(text);
      input.focus();
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        page.composer.requestSubmit();
      }
    });
    input.addEventListener("input", () => this.fit());
    page.composerLocation.addEventListener("click", () => handlers.onLocation());
    page.composerAttach.addEventListener("click", () => page.composerFile.click());
    page.composerFile.addEventListener("change", () => {
      const file = page.composerFile.files?.[0];
      page.composerFile.value = "";
      if (file === undefined) return;
      const caption = input.value.trim();
      this.clear();
      handlers.onFile(file, caption);
    });
  }

  /** Without a business and a customer there is no one to write to. */
  setEnabled(enabled: boolean): void {
    const { composerInput, composerSend, composerLocation, composerAttach } = this.page;
    for (const control of [composerInput, composerSend, composerLocation, composerAttach])
      control.disabled = !enabled;
    composerInput.placeholder = enabled ? "Message" : "Choose a customer to chat";
  }

  /** Puts text in the box without sending it (like opening a wa.me link). */
  prefill(text: string): void {
    this.page.composerInput.value = text;
    this.fit();
    this.page.composerInput.focus();
  }

  private clear(): void {
    this.page.composerInput.value = "";
    this.fit();
  }

  private fit(): void {
    const input = this.page.composerInput;
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, MAX_INPUT_HEIGHT)}px`;
  }
}
