/** Entry point of the phone page (index.html loads it as page/app.js). */
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
