import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SecretBox } from "../../security/secret-box.js";
import { createTestDatabase, testDialects } from "../../testing/test-databases.js";
import type { TestDatabase } from "../../testing/test-databases.js";
import { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import { AutomationSettingsRepository } from "../automation/automation-settings.repository.js";
import { KeywordRuleRepository } from "../automation/keyword-rule.repository.js";
import { RefLinkRepository } from "../ref-links/ref-link.repository.js";
import { StoredAutomationRules } from "./automation-rules.js";

describe.each(testDialects)("the stored automation rules on %s", (dialect) => {
  let database: TestDatabase;
  let keywordRules: KeywordRuleRepository;
  let settings: AutomationSettingsRepository;
  let refLinks: RefLinkRepository;
  let rules: StoredAutomationRules;
  let accountId: string;
  let otherAccountId: string;

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const accounts = new ChannelAccountRepository(
      database.db,
      new SecretBox(randomBytes(32).toString("hex")),
    );
    const secrets = { accessToken: "EAAG-token", appSecret: "app-secret", verifyToken: "verify" };
    const create = async (externalId: string) =>
      (
        await accounts.create({
          channel: "whatsapp",
          name: `Shop ${externalId}`,
          externalId,
          settings: { displayPhoneNumber: "15550783881" },
          secrets,
        })
      ).id;
    accountId = await create("106540352242922");
    otherAccountId = await create("106540352242923");
    keywordRules = new KeywordRuleRepository(database.db);
    settings = new AutomationSettingsRepository(database.db);
    refLinks = new RefLinkRepository(database.db);
    rules = new StoredAutomationRules(keywordRules, refLinks, settings);
  });
  afterAll(async () => database.drop());

  it("finds the keyword rule a text triggers, per account, and sees writes at once", async () => {
    expect((await rules.snapshot(accountId)).keywordRuleFor("我想預約")).toBe(undefined);
    const booking = await keywordRules.create(accountId, {
      name: "Booking",
      keywords: [{ match: "contains", value: "預約" }],
      reply: { kind: "module", moduleId: "booking" },
      priority: 0,
      enabled: true,
    });
    // The empty answer above was cached; creating the rule dropped it.
    expect((await rules.snapshot(accountId)).keywordRuleFor("我想預約")?.id).toBe(booking.id);
    expect((await rules.snapshot(otherAccountId)).keywordRuleFor("我想預約")).toBe(undefined);

    const urgent = await keywordRules.create(accountId, {
      name: "Urgent booking",
      keywords: [{ match: "regex", value: "預約.*今天" }],
      reply: { kind: "text", text: "Call us: 02-1234-5678" },
      priority: 10,
      enabled: true,
    });
    expect((await rules.snapshot(accountId)).keywordRuleFor("預約今天下午")?.id).toBe(urgent.id);
    await keywordRules.update(urgent.id, { ...urgent, enabled: false });
    expect((await rules.snapshot(accountId)).keywordRuleFor("預約今天下午")?.id).toBe(booking.id);
    await keywordRules.delete(booking.id);
    expect((await rules.snapshot(accountId)).keywordRuleFor("預約今天下午")).toBe(undefined);
  });

  it("gives the defaults, then the stored default reply and send policy", async () => {
    expect((await rules.snapshot(accountId)).defaultReply).toBe(null);
    expect((await rules.snapshot(accountId)).sendPolicy).toEqual({});
    const sendPolicy = { quietHours: { start: "21:00", end: "09:00", timeZone: "Asia/Taipei" } };
    await settings.save(accountId, {
      defaultReply: { kind: "text", text: "We'll be right back" },
      sendPolicy,
    });
    expect((await rules.snapshot(accountId)).defaultReply).toEqual({
      kind: "text",
      text: "We'll be right back",
    });
    expect((await rules.snapshot(accountId)).sendPolicy).toEqual(sendPolicy);
    expect((await rules.snapshot(otherAccountId)).sendPolicy).toEqual({});
  });

  it("finds the ref link a prefilled text is and counts entries in the caller's transaction", async () => {
    const link = await refLinks.create(accountId, {
      name: "Counter QR",
      code: "STORE-A",
      moduleId: "store",
      tags: ["store-a"],
    });
    expect((await rules.snapshot(accountId)).refLinkFor("  store-a \n")?.id).toBe(link.id);
    expect((await rules.snapshot(accountId)).refLinkFor("hi STORE-A")).toBe(undefined);
    expect((await rules.snapshot(otherAccountId)).refLinkFor("STORE-A")).toBe(undefined);

    await database.db.transaction().execute(async (trx) => {
      await rules.recordRefLinkEntry(trx, link.id);
      await rules.recordRefLinkEntry(trx, link.id);
    });
    await database.db
      .transaction()
      .execute(async (trx) => {
        await rules.recordRefLinkEntry(trx, link.id);
        throw new Error("the turn failed");
      })
      .catch(() => undefined);
    expect((await refLinks.get(link.id))?.entries).toBe(2);
  });

  it("names the modules keyword rules, ref links and the default reply open, for publishing", async () => {
    const modules = await rules.entryModules([accountId]);
    expect(modules).toEqual(expect.arrayContaining(["store"]));
    await settings.save(otherAccountId, {
      defaultReply: { kind: "module", moduleId: "faq" },
      sendPolicy: {},
    });
    expect(await rules.entryModules([otherAccountId])).toEqual(["faq"]);
  });
});
