/** Pure: the widget's thread — items by id in time order, the visitor's messages still on their way, what was reported seen. */
import type { WidgetItem } from "./widget-types.js";

interface Pending {
  id: string;
  text: string;
  failed: boolean;
}

const SEEN_ORDER = ["delivered", "read"];

export class ThreadState {
  private readonly byId = new Map<string, WidgetItem>();
  private readonly waiting: Pending[] = [];
  private readonly reported = new Map<string, string>();

  items(): WidgetItem[] {
    return [...this.byId.values()].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  }

  pending(): readonly Pending[] {
    return this.waiting;
  }

  addPending(id: string, text: string): void {
    this.waiting.push({ id, text, failed: false });
  }

  failPending(id: string): void {
    const entry = this.waiting.find((p) => p.id === id);
    if (entry !== undefined) entry.failed = true;
  }

  /** A new or changed item; the visitor's own message replaces the oldest pending one with its text. */
  upsert(item: WidgetItem): void {
    const isNew = !this.byId.has(item.id);
    this.byId.set(item.id, item);
    if (!isNew || item.direction !== "in" || item.message.type !== "text") return;
    const text = item.message.text;
    const index = this.waiting.findIndex((p) => p.text === text);
    if (index >= 0) this.waiting.splice(index, 1);
  }

  /** The business's messages not yet reported at `status` (or beyond); marks them reported. */
  toReport(status: "delivered" | "read"): string[] {
    const ids: string[] = [];
    for (const item of this.byId.values()) {
      if (item.direction !== "out" || item.providerId === null) continue;
      const before = SEEN_ORDER.indexOf(this.reported.get(item.id) ?? item.status);
      if (before >= SEEN_ORDER.indexOf(status)) continue;
      this.reported.set(item.id, status);
      ids.push(item.providerId);
    }
    return ids;
  }
}
