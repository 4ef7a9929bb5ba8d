/** Short notices at the top of the phone screen (not simulated features, webhook failures, errors). */

const VISIBLE_MS = 4000;

export class Notice {
  private timer: number | undefined;

  constructor(private readonly element: HTMLElement) {}

  show(message: string): void {
    this.element.textContent = message;
    this.element.hidden = false;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.element.hidden = true;
    }, VISIBLE_MS);
  }
}
