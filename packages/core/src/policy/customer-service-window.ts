/**
 * The 24-hour customer service window (WhatsApp CSW, Messenger standard messaging window): free-form
 * messages may be sent only within 24 hours of the customer's last message. `decideSend` applies it.
 */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;
