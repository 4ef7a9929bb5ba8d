/** A file the customer sent, shown from the copy Switchboard keeps (the platform's URL needs its token). */
import type { ComponentProps } from "react";
import { MediaView } from "./media-view";
import { useMediaUrl } from "./use-media-url";

type StoredMediaViewProps = Omit<ComponentProps<typeof MediaView>, "url"> & { messageId: string };

export function StoredMediaView({ messageId, ...media }: StoredMediaViewProps) {
  const url = useMediaUrl(messageId);
  return <MediaView {...media} url={url} />;
}
