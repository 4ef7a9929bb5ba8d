import { describe, expect, it } from "vitest";
import { detectOptIn, detectOptOut } from "./opt-out-keywords.js";

describe("detectOptOut", () => {
  it.each([
    ["STOP", "all"],
    ["stop", "all"],
    [" Stop ", "all"],
    ["ＳＴＯＰ", "all"],
    ["ｓｔｏｐ", "all"],
    ["Stop!", "all"],
    ["unsubscribe", "all"],
    ["UnSubscribe.", "all"],
    ["退訂", "all"],
    [" 退訂 ", "all"],
    ["退訂。", "all"],
    ["取消訂閱", "all"],
    ["退订", "all"],
  ])("%j opts out of %s", (text, topic) => {
    expect(detectOptOut(text)).toEqual({ topic });
  });

  it.each(["", "   ", "stop it", "please stop", "don't stop", "我要退訂", "STOPP", "start", "訂閱"])(
    "%j is not an opt-out",
    (text) => {
      expect(detectOptOut(text)).toBeUndefined();
    },
  );

  it("uses a configured list instead of the defaults", () => {
    const keywords = [
      { keyword: "STOP PROMO", topic: "marketing" },
      { keyword: "取消通知", topic: "order_updates" },
    ];
    expect(detectOptOut("stop  promo", keywords)).toEqual({ topic: "marketing" });
    expect(detectOptOut("取消通知", keywords)).toEqual({ topic: "order_updates" });
    expect(detectOptOut("STOP", keywords)).toBeUndefined();
  });
});

describe("detectOptIn", () => {
  it.each([
    ["START", "all"],
    [" start ", "all"],
    ["ＳＴＡＲＴ", "all"],
    ["訂閱", "all"],
    ["Subscribe!", "all"],
  ])("%j opts into %s", (text, topic) => {
    expect(detectOptIn(text)).toEqual({ topic });
  });

  it.each(["stop", "start now", "取消訂閱"])("%j is not an opt-in", (text) => {
    expect(detectOptIn(text)).toBeUndefined();
  });
});
