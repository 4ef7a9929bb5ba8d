import { describe, expect, it } from "vitest";
import { en, type MessageKey } from "./en";
import { detectLanguage } from "./language";
import { placeholdersOf, translate } from "./translate";
import { zhTW } from "./zh-TW";

const keys = Object.keys(en).filter((key): key is MessageKey => key in en);

describe("the zh-TW dictionary", () => {
  it("has every English key with a non-empty text, and no others", () => {
    for (const key of keys) expect(zhTW[key]?.trim(), key).toBeTruthy();
    expect(Object.keys(zhTW).sort()).toEqual(Object.keys(en).sort());
  });

  it("uses the same placeholders as English", () => {
    for (const key of keys) expect(placeholdersOf(zhTW[key]), key).toEqual(placeholdersOf(en[key]));
  });

  it("speaks Traditional Chinese where it matters", () => {
    expect(zhTW["inbox.title"]).toBe("對話");
    expect(zhTW["delivery.read"]).toBe("已讀");
    expect(zhTW["composer.send"]).toBe("傳送");
  });
});

describe("translate", () => {
  it("fills placeholders and leaves unknown ones as written", () => {
    expect(translate(en, "window.open", { time: "14:05" })).toBe("Window open until 14:05");
    expect(translate(zhTW, "content.tapped", { title: "銅鑼灣專櫃" })).toBe("已點選：銅鑼灣專櫃");
    expect(translate(en, "time.minutes")).toBe("{n} min");
  });
});

describe("detectLanguage", () => {
  it("keeps a stored choice", () => {
    expect(detectLanguage("zh-TW", ["en-GB"])).toBe("zh-TW");
    expect(detectLanguage("en", ["zh-HK"])).toBe("en");
  });

  it("picks zh-TW for any Chinese browser language, English otherwise", () => {
    for (const tag of ["zh", "zh-TW", "zh-HK", "zh-Hant-HK", "zh-CN", "ZH-tw"]) {
      expect(detectLanguage(null, [tag]), tag).toBe("zh-TW");
    }
    expect(detectLanguage(null, ["fr-FR", "zh-TW"])).toBe("en");
    expect(detectLanguage("klingon", [])).toBe("en");
  });
});
