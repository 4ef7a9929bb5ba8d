/** English names of the forms a web chat message takes in the bot editor's per-channel preview. */
export const webchatPreviewEn = {
  "channelPreview.form.card_carousel": "Card carousel",
  "channelPreview.form.contacts": "Contact cards",
  "channelPreview.form.reaction": "Reaction",
  "channelPreview.form.location_request": "Location request",
  "channelPreview.form.product": "Product",
  "channelPreview.form.card": "Card",
};
