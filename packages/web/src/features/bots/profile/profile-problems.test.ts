import { describe, expect, it } from "vitest";
import { placeProfileProblems, profileProblemsOf } from "./profile-problems";
import { mergeProfileViolations } from "./use-profile-checks";

const profile = {
  greeting: [{ locale: "default", text: "x" }],
  persistentMenu: [{ locale: "default", items: [{ kind: "module" as const, title: "T", moduleId: "gone" }] }],
};

describe("the channel profile's problems", () => {
  it("takes the publish problems under profile. with their path inside the profile", () => {
    const problems = profileProblemsOf([
      {
        moduleId: "",
        path: "profile.persistentMenu[0].items[0].moduleId",
        message: "opens a missing module",
      },
      { moduleId: "welcome", nodeIndex: 0, path: "modules[0].nodes[0].body", message: "too long" },
    ]);
    expect(problems).toEqual([
      { path: "persistentMenu[0].items[0].moduleId", rule: "publish", message: "opens a missing module" },
    ]);
  });

  it("places each problem at the deepest field shown, and the rest at the top", () => {
    const placed = placeProfileProblems(profile, [
      { path: "greeting[0].text", rule: "max_length", message: "161 characters" },
      { path: "persistentMenu[0].items[0].title", rule: "max_length", message: "21 characters" },
      { path: "persistentMenu[0].items", rule: "max_items", message: "21 items" },
      { path: "persistentMenu", rule: "required", message: "needs a default locale" },
      { path: "whitelistedDomains", rule: "unknown", message: "not shown" },
    ]);
    expect([...placed.keys()]).toEqual([
      "greeting[0].text",
      "persistentMenu[0].items[0].title",
      "persistentMenu[0].items",
      "persistentMenu",
      "",
    ]);
  });

  it("shows a limit both platforms share once, naming both", () => {
    const title = { path: "persistentMenu[0].items[0].title", rule: "max_length", limit: 20 };
    const merged = mergeProfileViolations([
      { channel: "messenger", violations: [{ ...title, message: "21 characters, Messenger allows 20" }] },
      {
        channel: "instagram",
        violations: [
          { ...title, message: "21 characters, Instagram allows 20" },
          { path: "iceBreakers[0].questions", rule: "max_items", message: "5 questions, Instagram allows 4" },
        ],
      },
    ]);
    expect(merged.map((v) => v.message)).toEqual([
      "21 characters, Messenger and Instagram allow 20",
      "5 questions, Instagram allows 4",
    ]);
  });
});
