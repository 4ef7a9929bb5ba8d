import { describe, expect, it } from "vitest";
import { countdownUrgency, formatCountdown, windowPolicy } from "./window-countdown";

describe("formatCountdown", () => {
  it("shows hours, minutes and seconds left", () => {
    expect(formatCountdown(24 * 3600_000)).toBe("24:00:00");
    expect(formatCountdown(23 * 3600_000 + 5 * 60_000 + 9_000 + 999)).toBe("23:05:09");
    expect(formatCountdown(59_000)).toBe("0:00:59");
  });
  it("never shows a negative time", () => {
    expect(formatCountdown(-5_000)).toBe("0:00:00");
  });
});

describe("countdownUrgency", () => {
  it("is urgent under an hour, soon under four hours, calm otherwise", () => {
    expect(countdownUrgency(59 * 60_000)).toBe("urgent");
    expect(countdownUrgency(3 * 3600_000)).toBe("soon");
    expect(countdownUrgency(4 * 3600_000)).toBe("calm");
  });
});

describe("windowPolicy", () => {
  it("lets everything out while the window is open", () => {
    expect(windowPolicy("whatsapp", true)).toBe("open");
    expect(windowPolicy("messenger", true)).toBe("open");
  });
  it("asks for a template on WhatsApp, and leaves other channels to the server, once it closed", () => {
    expect(windowPolicy("whatsapp", false)).toBe("templates_only");
    expect(windowPolicy("messenger", false)).toBe("server_decides");
    expect(windowPolicy("instagram", false)).toBe("server_decides");
  });
  it("never closes on LINE or the web chat, which have no such window", () => {
    expect(windowPolicy("line", false)).toBe("open");
    expect(windowPolicy("webchat", false)).toBe("open");
  });
});
