import type { OutgoingMail } from '../../platform/mail/index.js';

/** The portal's mails, plain text with one link each: readable in any client and in /dev/mail. */
export const memberMail = {
  verify: (to: string, company: string, link: string): OutgoingMail => ({
    to,
    subject: 'Verify your email for Carlo',
    text: `Welcome to Carlo, ${company}.\n\nConfirm that this is your address by opening:\n${link}\n\nThe link works for 48 hours. If you did not sign up, ignore this mail.`,
  }),
  reset: (to: string, link: string): OutgoingMail => ({
    to,
    subject: 'Reset your Carlo password',
    text: `Someone (hopefully you) asked to reset the password of ${to} on Carlo.\n\nChoose a new password here:\n${link}\n\nThe link works for one hour and only once. If you did not ask, ignore this mail; your password stays as it is.`,
  }),
  invitation: (to: string, company: string, role: string, link: string): OutgoingMail => ({
    to,
    subject: `You are invited to ${company} on Carlo`,
    text: `You are invited to join ${company} on Carlo as ${role}.\n\nChoose your password and sign in here:\n${link}\n\nThe link works for 7 days.`,
  }),
  claim: (to: string, company: string, link: string): OutgoingMail => ({
    to,
    subject: `Claim the Carlo account of ${company}`,
    text: `The Carlo account of ${company} uses this address but has no portal sign-in yet.\n\nChoose a password to become its owner:\n${link}\n\nThe link works for 7 days. If you did not ask for this, ignore this mail.`,
  }),
};
