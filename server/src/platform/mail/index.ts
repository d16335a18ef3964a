/** The platform/mail module's public surface: other modules import only what is listed here. */
export type { OutgoingMail } from './mail-outbox.js';
export type { ReceivedMail } from './mail-sink.js';
export { MailModule } from './mail.module.js';
