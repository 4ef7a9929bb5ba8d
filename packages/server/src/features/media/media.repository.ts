/** Inbound media files kept by Switchboard: one row per (channel account, platform media id). */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { newId } from "../../ids.js";

export interface StoredMedia {
  id: string;
  channelAccountId: string;
  providerMediaId: string;
  mimeType: string | null;
  sha256: string | null;
  sizeBytes: number | null;
  location: string;
}

export class MediaRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(channelAccountId: string, providerMediaId: string): Promise<StoredMedia | undefined> {
    const row = await this.db
      .selectFrom("media")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .where("provider_media_id", "=", providerMediaId)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    return {
      id: row.id,
      channelAccountId: row.channel_account_id,
      providerMediaId: row.provider_media_id,
      mimeType: row.mime_type,
      sha256: row.sha256,
      sizeBytes: row.size_bytes,
      location: row.location,
    };
  }

  async insert(media: Omit<StoredMedia, "id">): Promise<void> {
    await this.db
      .insertInto("media")
      .values({
        id: newId(),
        channel_account_id: media.channelAccountId,
        provider_media_id: media.providerMediaId,
        mime_type: media.mimeType,
        sha256: media.sha256,
        size_bytes: media.sizeBytes,
        location: media.location,
        created_at: Date.now(),
      })
      .onConflict((oc) => oc.columns(["channel_account_id", "provider_media_id"]).doNothing())
      .execute();
  }
}
