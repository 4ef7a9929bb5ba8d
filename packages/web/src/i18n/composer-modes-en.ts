/** English texts of the composer's media and product modes and the image above choices. */
export const composerModesEn = {
  "composer.modeMedia": "Media",
  "composer.modeProduct": "Product",

  "composerMedia.type": "File type",
  "composerMedia.typeImage": "Image",
  "composerMedia.typeVideo": "Video",
  "composerMedia.typeAudio": "Audio",
  "composerMedia.typeDocument": "Document",
  "composerMedia.url": "File URL",
  "composerMedia.urlHint": "A public https address the platform can download.",
  "composerMedia.filename": "File name shown to the customer",
  "composerMedia.filenamePlaceholder": "e.g. price-list.pdf",
  "composerMedia.caption": "Caption",
  "composerMedia.captionPlaceholder": "Caption (optional)",

  "composerProduct.body": "Message",
  "composerProduct.bodyPlaceholder": "Text shown with the product (optional)",
  "composerProduct.catalogId": "Catalog ID",
  "composerProduct.catalogIdPlaceholder": "From Commerce Manager",
  "composerProduct.productId": "Product ID",
  "composerProduct.productIdPlaceholder": "The product's content ID (SKU)",
  "composerProduct.footer": "Footer",
  "composerProduct.footerPlaceholder": "Optional",
  "composerProduct.hint":
    "The customer sees the product's photo, name and price from your WhatsApp catalog and can add it to a cart.",

  "composerChoices.headerImage": "Image above the message (optional)",
  "composerChoices.headerImagePlaceholder": "https://… e.g. a product photo",
};
