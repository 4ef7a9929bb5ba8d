/** A reaction, sent or received: the emoji, or a note that it was taken back. */
import { useI18n } from "../../i18n/i18n-context";

export function ReactionView({ emoji }: { emoji: string }) {
  const { t } = useI18n();
  return (
    <p className="reaction">
      {emoji === "" ? t("content.reactionRemoved") : t("content.reaction", { emoji })}
    </p>
  );
}
