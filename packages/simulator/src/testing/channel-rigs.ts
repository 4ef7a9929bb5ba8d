/**
 * Test rigs for Messenger, Instagram and LINE: the simulator on a real port (see start-simulator.ts) with
 * one Facebook page, one Instagram account and one LINE channel whose webhooks go to a real receiver.
 */
import type { CreateSimulatorOptions } from "../create-simulator.js";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "./start-simulator.js";

export const TEST_PAGE = {
  platform: "messenger",
  id: "110200300400500",
  name: "Switchboard Demo Store",
  accessToken: "EAAG-page-token-123",
  appSecret: "page-app-secret",
  appId: "987654321012345",
  verifyToken: TEST_BUSINESS.verifyToken,
} as const;

export const TEST_INSTAGRAM = {
  platform: "instagram",
  id: "17841400000000001",
  name: "Switchboard Demo Store",
  username: "switchboard.demo",
  accessToken: "IGAA-instagram-token-123",
  appSecret: "instagram-app-secret",
  verifyToken: TEST_BUSINESS.verifyToken,
} as const;

export const TEST_LINE = {
  channelId: "2000123456",
  name: "Switchboard Demo Store",
  channelAccessToken: "line-channel-token-123",
  channelSecret: "line-channel-secret",
  botUserId: `U${"ab".repeat(16)}`,
} as const;

export interface ChannelRig extends SimulatorRig {
  /** Registration answers (handshake results). */
  registered: { page: unknown; instagram: unknown; line: unknown };
  /** Adds a person to a page or Instagram account; their page-scoped id. */
  addPerson(accountId: string, name: string): Promise<string>;
  /** Adds a LINE user; their user id. */
  addLineUser(displayName: string): Promise<string>;
}

export async function startChannelRig(options: CreateSimulatorOptions = {}): Promise<ChannelRig> {
  const rig = await startSimulator(options);
  const webhookUrl = rig.receiver.url;
  const page = await rig.call("POST", "/_sim/api/meta/accounts", { ...TEST_PAGE, webhookUrl });
  const instagram = await rig.call("POST", "/_sim/api/meta/accounts", { ...TEST_INSTAGRAM, webhookUrl });
  const line = await rig.call("POST", "/_sim/api/line/channels", { ...TEST_LINE, webhookUrl });
  for (const answer of [page, instagram, line]) {
    if (answer.status !== 201) throw new Error(`registration failed: ${JSON.stringify(answer.body)}`);
  }
  return {
    ...rig,
    registered: { page: page.body, instagram: instagram.body, line: line.body },
    async addPerson(accountId, name) {
      const { body } = await rig.call("POST", `/_sim/api/meta/accounts/${accountId}/users`, { name });
      return (body as { user: { id: string } }).user.id;
    },
    async addLineUser(displayName) {
      const { body } = await rig.call("POST", `/_sim/api/line/channels/${TEST_LINE.channelId}/users`, {
        displayName,
      });
      return (body as { user: { userId: string } }).user.userId;
    },
  };
}
