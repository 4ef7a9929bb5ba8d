// A comment reply rule set in the console on the demo Messenger page: a customer comments on the page's
// post in the simulator's phone and sees the page's public reply under the comment and the private reply
// in the Messenger chat; the console lists the comment with both replies sent.
import { beforeAll, describe, expect, it } from "vitest";
import { accountIdOn } from "./support/admin-api.js";
import { signInWithToken } from "./support/console.js";
import { newChannelPerson } from "./support/simulator.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("a comment on a post gets its public and private reply on %s", (dialect) => {
  const app = useRunningApp(dialect);
  let pageAccountId: string;
  beforeAll(async () => {
    pageAccountId = await accountIdOn(app.api, "messenger");
  });

  it("answers the customer's comment under the post and in the chat", async () => {
    expect(pageAccountId).not.toBe("");
    const console = await signInWithToken(app);
    await console.getByTestId("nav-automation").click();
    await console.getByTestId("automation-account-select").selectOption(pageAccountId);
    await console.getByTestId("automation-tab-comment-replies").click();
    await console.getByTestId("comment-rule-create").click();
    const form = console.getByTestId("comment-rule-form");
    await form.getByTestId("comment-rule-name").fill("Price questions");
    await form.getByTestId("keyword-rule-keyword-0").fill("price");
    await form.getByTestId("comment-rule-public").fill("We sent you our prices in Messenger!");
    await form.getByTestId("comment-rule-private").fill("Hi! A cut is 800 NTD. Reply to book.");
    await form.getByTestId("comment-rule-tags").fill("comment_lead");
    await form.getByTestId("comment-rule-save").click();
    const rule = console.getByTestId("comment-rule").filter({ hasText: "Price questions" });
    await expect.poll(() => rule.count(), { timeout: 15_000 }).toBe(1);

    const phone = await newChannelPerson(await app.browser.newPage(), app.running, "messenger", "Mei Lin");
    await phone.getByTestId("ch-new-post").click();
    const post = phone.getByTestId("ch-post").first();
    await post.waitFor();
    await post.getByTestId("ch-comment-input").fill("What's the price of a cut?");
    await post.getByTestId("ch-comment-send").click();

    const pageReply = post
      .getByTestId("ch-comment")
      .filter({ hasText: "We sent you our prices in Messenger!" });
    await expect.poll(() => pageReply.count(), { timeout: 20_000 }).toBe(1);
    expect(await pageReply.textContent()).toBe("Page: We sent you our prices in Messenger!");
    await expect
      .poll(() => phone.locator('[data-testid="ch-message"][data-direction="out"]').last().textContent(), {
        timeout: 15_000,
      })
      .toContain("Hi! A cut is 800 NTD. Reply to book.");

    await console.getByTestId("handled-comments-refresh").click();
    const handled = console.getByTestId("handled-comment").filter({ hasText: "What's the price of a cut?" });
    await expect.poll(() => handled.count(), { timeout: 10_000 }).toBe(1);
    expect(await handled.getByTestId("handled-comment-public").getAttribute("data-status")).toBe("sent");
    expect(await handled.getByTestId("handled-comment-private").getAttribute("data-status")).toBe("sent");
  });
});
