/** What the comment reply integration tests share: the simulator's posts and comments, and the stored records. */
import type { ConnectedChannel } from "../../testing/test-channels.js";
import { eventually } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import type { HandledComment } from "./comment-rule.js";

export interface SimComment {
  id: string;
  userId?: string;
  text: string;
  parentId?: string;
  privateReplyMid?: string;
}

async function simCall(t: TestSwitchboard, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${t.simulatorUrl}${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const json: unknown = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A person of the simulator comments on a post; the comment id. */
export async function personComments(
  t: TestSwitchboard,
  account: ConnectedChannel,
  person: { id: string; name: string },
  postId: string,
  text: string,
): Promise<string> {
  const base = `/_sim/api/meta/accounts/${account.externalId}`;
  const users = (await simCall(t, "GET", `${base}/users`)) as { items: { id: string }[] };
  if (!users.items.some((user) => user.id === person.id))
    await simCall(t, "POST", `${base}/users`, { name: person.name, id: person.id });
  const answer = (await simCall(t, "POST", `${base}/users/${person.id}/comment`, { postId, text })) as {
    commentId: string;
  };
  return answer.commentId;
}

/** The account publishes a post in the simulator; its id. */
export async function newPost(
  t: TestSwitchboard,
  account: ConnectedChannel,
  message: string,
): Promise<string> {
  const answer = (await simCall(t, "POST", `/_sim/api/meta/accounts/${account.externalId}/posts`, {
    message,
  })) as { post: { id: string } };
  return answer.post.id;
}

/** The post's comments as the simulator holds them (the account's own replies have no `userId`). */
export async function commentsOn(
  t: TestSwitchboard,
  account: ConnectedChannel,
  postId: string,
): Promise<SimComment[]> {
  const answer = (await simCall(t, "GET", `/_sim/api/meta/accounts/${account.externalId}/posts`)) as {
    items: { id: string; comments: SimComment[] }[];
  };
  return answer.items.find((post) => post.id === postId)?.comments ?? [];
}

/** The handled comment once `ready` says its work is done. */
export async function handledComment(
  t: TestSwitchboard,
  account: ConnectedChannel,
  commentId: string,
  ready: (comment: HandledComment) => boolean = (c) =>
    c.publicReply.status !== "pending" && c.privateReply.status !== "pending",
): Promise<HandledComment> {
  return eventually(async () => {
    const list = await t.api("GET", `/api/v1/channel-accounts/${account.channelAccountId}/handled-comments`);
    const items = (list.json as { items: HandledComment[] }).items;
    const found = items.find((item) => item.commentId === commentId);
    return found !== undefined && ready(found) ? found : undefined;
  }, `comment ${commentId} handled`);
}

/** The tags of the contact with this platform id, once it has at least `count` (they follow the replies). */
export async function tagsOf(
  t: TestSwitchboard,
  account: ConnectedChannel,
  externalId: string,
  count: number,
): Promise<string[]> {
  return eventually(async () => {
    const tags = await readTags(t, account, externalId);
    return tags.length >= count ? tags : undefined;
  }, `${count} tags on ${externalId}`);
}

async function readTags(
  t: TestSwitchboard,
  account: ConnectedChannel,
  externalId: string,
): Promise<string[]> {
  const rows = await t.switchboard.database.db
    .selectFrom("contact_tags")
    .innerJoin("contacts", "contacts.id", "contact_tags.contact_id")
    .select("contact_tags.tag")
    .where("contacts.channel_account_id", "=", account.channelAccountId)
    .where("contacts.external_id", "=", externalId)
    .orderBy("contact_tags.tag")
    .execute();
  return rows.map((row) => row.tag);
}
