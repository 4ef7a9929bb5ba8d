import { describe, expect, it } from "vitest";
import type { ConsoleUser } from "../../api/session-api";
import { draftOf, inputOf, toggleStore } from "./user-draft";

const stored: ConsoleUser = {
  id: "u1",
  email: "amy@example.com",
  name: "Amy",
  role: "agent",
  storeIds: ["s1"],
  capacity: 5,
  active: true,
  lastSignInAt: null,
  createdAt: 1,
  updatedAt: 1,
};

describe("user draft", () => {
  it("sends the password of a new user, and an edit's only when one was typed", () => {
    const fresh = {
      ...draftOf(undefined, "agent", ["s2"]),
      email: " bo@example.com ",
      name: "Bo",
      password: "pw-long-enough",
    };
    expect(inputOf(fresh, true)).toEqual({
      email: "bo@example.com",
      name: "Bo",
      role: "agent",
      storeIds: ["s2"],
      capacity: null,
      password: "pw-long-enough",
    });
    const edit = draftOf(stored, "agent", []);
    expect(inputOf(edit, false)).not.toHaveProperty("password");
    expect(inputOf({ ...edit, password: "new-password-1" }, false)).toMatchObject({
      password: "new-password-1",
      active: true,
    });
  });

  it("reads the capacity as a number, empty as no limit", () => {
    const edit = draftOf(stored, "agent", []);
    expect(edit.capacity).toBe("5");
    expect(inputOf({ ...edit, capacity: " 12 " }, false).capacity).toBe(12);
    expect(inputOf({ ...edit, capacity: "" }, false).capacity).toBeNull();
  });

  it("toggles stores in and out", () => {
    const edit = draftOf(stored, "agent", []);
    expect(toggleStore(edit, "s2").storeIds).toEqual(["s1", "s2"]);
    expect(toggleStore(edit, "s1").storeIds).toEqual([]);
  });
});
