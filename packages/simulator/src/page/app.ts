/** Entry point of the phone page (index.html loads it as page/app.js). */
import type { Platform } from "./channel-api.js";
import { ChannelApp } from "./channel-app.js";
import { findChannelElements } from "./channel-elements.js";
import { findPageElements } from "./page-elements.js";
import { PhoneApp } from "./phone-app.js";

function startClock(clock: HTMLElement): void {
  const tick = () => {
    clock.textContent = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  };
  tick();
  window.setInterval(tick, 15_000);
}

const page = findPageElements();
startClock(page.clock);
void new PhoneApp(page).start();

/** The tabs at the top: WhatsApp keeps its own phone; the other platforms share the second one. */
function bindChannelTabs(channels: ChannelApp): void {
  const whatsapp = document.querySelector<HTMLElement>('[data-testid="whatsapp-panel"]');
  const other = document.querySelector<HTMLElement>('[data-testid="channel-panel"]');
  const tabs = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="channel-tab"]')];
  const open = (channel: string) => {
    for (const tab of tabs) tab.classList.toggle("is-active", tab.dataset.channel === channel);
    if (whatsapp !== null) whatsapp.hidden = channel !== "whatsapp";
    if (other !== null) other.hidden = channel === "whatsapp";
    if (isPlatform(channel)) void channels.show(channel);
  };
  for (const tab of tabs) tab.addEventListener("click", () => open(tab.dataset.channel ?? "whatsapp"));
  const wanted = new URLSearchParams(location.search).get("channel");
  if (wanted !== null && isPlatform(wanted)) open(wanted);
}

function isPlatform(value: string): value is Platform {
  return value === "messenger" || value === "instagram" || value === "line";
}

bindChannelTabs(new ChannelApp(findChannelElements()));
