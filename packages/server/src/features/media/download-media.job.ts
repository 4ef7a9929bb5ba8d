/**
 * Job: download one inbound media file while the platform still has it (WhatsApp media ids last 7 days,
 * their URLs 5 minutes) and keep it under DATA_DIR/media. Idempotent: a file already kept is skipped.
 */
import { createHash } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { JobHandler } from "../../jobs/job-queue.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { MediaRepository } from "./media.repository.js";

const Payload = z.object({ channelAccountId: z.string().min(1), providerMediaId: z.string().min(1) });

export interface DownloadMediaDeps {
  mediaDir: string;
  accounts: ChannelAccountRepository;
  drivers: ReadonlyMap<string, ChannelDriver>;
  media: MediaRepository;
}

export function downloadMediaJob(deps: DownloadMediaDeps): JobHandler<"download-media"> {
  return async (payload) => {
    const { channelAccountId, providerMediaId } = Payload.parse(payload);
    if ((await deps.media.find(channelAccountId, providerMediaId)) !== undefined) return;
    const account = await deps.accounts.get(channelAccountId);
    const driver = account === undefined ? undefined : deps.drivers.get(account.channel);
    if (account === undefined || driver === undefined) return;
    const file = await driver.fetchMedia(account, providerMediaId);
    const digest = createHash("sha256").update(file.bytes).digest("hex");
    const folder = join(deps.mediaDir, channelAccountId);
    await mkdir(folder, { recursive: true });
    // The platform id is not trusted as a file name; the content hash is.
    const location = join(folder, digest);
    await writeFile(location, file.bytes);
    await deps.media.insert({
      channelAccountId,
      providerMediaId,
      mimeType: file.mimeType,
      sha256: digest,
      sizeBytes: file.bytes.length,
      location,
    });
  };
}
