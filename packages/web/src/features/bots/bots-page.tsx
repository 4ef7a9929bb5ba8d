/** The bots list. */
export function BotsPage() {
  return <main className="page" data-testid="bots-page" />;
}
