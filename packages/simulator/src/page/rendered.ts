/** The two parts of a bubble: what goes inside it, and the tappable buttons WhatsApp draws under it. */
import type { Child } from "./element.js";

export interface Rendered {
  content: Child[];
  actions: HTMLElement[];
}
