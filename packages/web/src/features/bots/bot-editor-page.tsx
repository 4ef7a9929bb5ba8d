/** One bot's editor. */
export function BotEditorPage({ botId }: { botId: string }) {
  return <main className="page" data-testid="bot-editor" data-bot-id={botId} />;
}
