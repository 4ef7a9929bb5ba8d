/** A person as one channel identity (one per channel account and platform id); identities can be merged later. */
export interface Contact {
  id: string;
  channelAccountId: string;
  externalId: string;
  scopedId: string | null;
  displayName: string | null;
  phone: string | null;
  attributes: Record<string, unknown>;
  lastInboundAt: number | null;
  createdAt: number;
  updatedAt: number;
}
