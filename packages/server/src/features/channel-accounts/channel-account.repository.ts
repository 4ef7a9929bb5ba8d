/** Stores channel accounts; secrets are sealed with the server key and cached briefly for the hot path. */
import type { Kysely, Selectable, Transaction } from "kysely";
import type { ChannelAccountsTable, Database } from "../../db/schema.js";
import { readJsonColumn } from "../../db/json-column.js";
import { newId } from "../../ids.js";
import type { SecretBox } from "../../security/secret-box.js";
import { ChannelAccountSettingsSchema, ChannelKindSchema, ChannelSecretsSchema } from "./channel-account.js";
import type {
  ChannelAccount,
  ChannelAccountSettings,
  ChannelAccountWithSecrets,
  ChannelSecrets,
} from "./channel-account.js";

/** How long an account read by external id is reused; other processes see updates within this time. */
const CACHE_MS = 5_000;

export interface NewChannelAccount {
  channel: ChannelAccount["channel"];
  name: string;
  externalId: string;
  settings: ChannelAccountSettings;
  secrets: ChannelSecrets;
}

export interface ChannelAccountPatch {
  name?: string;
  settings?: ChannelAccountSettings;
  secrets?: Partial<ChannelSecrets>;
}

export class ChannelAccountRepository {
  private readonly cache = new Map<
    string,
    { account: ChannelAccountWithSecrets | undefined; until: number }
  >();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly secretBox: SecretBox,
  ) {}

  async create(input: NewChannelAccount): Promise<ChannelAccountWithSecrets> {
    const now = Date.now();
    const row = {
      id: newId(),
      channel: input.channel,
      name: input.name,
      external_id: input.externalId,
      settings: JSON.stringify(input.settings),
      secrets_encrypted: this.secretBox.seal(JSON.stringify(input.secrets)),
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto("channel_accounts").values(row).execute();
    this.cache.clear();
    return this.fromRow(row);
  }

  async update(id: string, patch: ChannelAccountPatch): Promise<ChannelAccountWithSecrets | undefined> {
    const current = await this.get(id);
    if (current === undefined) return undefined;
    const secrets: ChannelSecrets = {
      accessToken: patch.secrets?.accessToken ?? current.secrets.accessToken,
      appSecret: patch.secrets?.appSecret ?? current.secrets.appSecret,
      verifyToken: patch.secrets?.verifyToken ?? current.secrets.verifyToken,
    };
    await this.db
      .updateTable("channel_accounts")
      .set({
        name: patch.name ?? current.name,
        settings: JSON.stringify(patch.settings ?? current.settings),
        secrets_encrypted: this.secretBox.seal(JSON.stringify(secrets)),
        updated_at: Date.now(),
      })
      .where("id", "=", id)
      .execute();
    this.cache.clear();
    return this.get(id);
  }

  async list(): Promise<ChannelAccountWithSecrets[]> {
    const rows = await this.db.selectFrom("channel_accounts").selectAll().orderBy("created_at").execute();
    return rows.map((row) => this.fromRow(row));
  }

  /**
   * By our id; cached briefly like `findByExternalId` (the worker reads it for every event). Pass the
   * open transaction as `db` when reading inside one (SQLite has one connection).
   */
  async get(
    id: string,
    db: Kysely<Database> | Transaction<Database> = this.db,
  ): Promise<ChannelAccountWithSecrets | undefined> {
    const key = `id:${id}`;
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.until > Date.now()) return cached.account;
    const row = await db.selectFrom("channel_accounts").selectAll().where("id", "=", id).executeTakeFirst();
    const account = row === undefined ? undefined : this.fromRow(row);
    this.cache.set(key, { account, until: Date.now() + CACHE_MS });
    return account;
  }

  /** The account a webhook is addressed to (WhatsApp `phone_number_id`). */
  async findByExternalId(
    channel: string,
    externalId: string,
  ): Promise<ChannelAccountWithSecrets | undefined> {
    const key = `${channel}:${externalId}`;
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.until > Date.now()) return cached.account;
    const row = await this.db
      .selectFrom("channel_accounts")
      .selectAll()
      .where("channel", "=", channel)
      .where("external_id", "=", externalId)
      .executeTakeFirst();
    const account = row === undefined ? undefined : this.fromRow(row);
    this.cache.set(key, { account, until: Date.now() + CACHE_MS });
    return account;
  }

  /**
   * The account a webhook update is addressed to: by the platform id (WhatsApp `phone_number_id`), or for
   * account-level updates (template reviews) by the WhatsApp Business Account id in its settings.
   */
  async findForWebhook(channel: string, id: string): Promise<ChannelAccountWithSecrets | undefined> {
    const direct = await this.findByExternalId(channel, id);
    if (direct !== undefined) return direct;
    const key = `${channel}:waba:${id}`;
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.until > Date.now()) return cached.account;
    const account = (await this.list()).find((a) => a.channel === channel && a.settings.wabaId === id);
    this.cache.set(key, { account, until: Date.now() + CACHE_MS });
    return account;
  }

  private fromRow(row: Selectable<ChannelAccountsTable>): ChannelAccountWithSecrets {
    return {
      id: row.id,
      channel: ChannelKindSchema.parse(row.channel),
      name: row.name,
      externalId: row.external_id,
      settings: readJsonColumn(ChannelAccountSettingsSchema, row.settings, "channel_accounts.settings"),
      secrets: readJsonColumn(
        ChannelSecretsSchema,
        this.secretBox.open(row.secrets_encrypted),
        "channel_accounts.secrets",
      ),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
